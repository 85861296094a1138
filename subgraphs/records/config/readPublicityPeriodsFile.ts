import { readFileSync } from 'node:fs';
import type { RecordKind, Severity } from '../generated/resolversTypes';
import type { PublicityPeriod } from './publicityPeriods';

const KINDS: readonly RecordKind[] = ['ADMINISTRATIVE_PENALTY', 'COMMITMENT_BREACH', 'FALSE_DISCLOSURE', 'IMPERSONATION_CLUE', 'SERIOUS_DISHONESTY_LIST'];
const SEVERITIES: readonly Severity[] = ['MINOR', 'GENERAL', 'SERIOUS'];

const isKind = (value: unknown): value is RecordKind => KINDS.some((kind) => kind === value);
const isSeverity = (value: unknown): value is Severity => SEVERITIES.some((severity) => severity === value);
const isMonths = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 600;
const isDay = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));

/** What is wrong with an entry of the file (null when it is a PublicityPeriod whose months are consistent). */
function problemOf(entry: unknown): string | null {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return 'not an object';
  const field = (name: string): unknown => Reflect.get(entry, name);
  const kinds = field('kinds');
  if (!Array.isArray(kinds) || !kinds.length || !kinds.every(isKind)) return `kinds must be a non-empty list of ${KINDS.join(', ')}`;
  if (!isSeverity(field('severity'))) return `severity must be one of ${SEVERITIES.join(', ')}`;
  if (!isDay(field('effectiveFrom'))) return 'effectiveFrom must be a date YYYY-MM-DD';
  const [min, max, byDefault] = [field('minMonths'), field('maxMonths'), field('defaultMonths')];
  if (!isMonths(min)) return 'minMonths must be a whole number of months';
  if (max !== null && !isMonths(max)) return 'maxMonths must be a whole number of months or null';
  if (!isMonths(byDefault)) return 'defaultMonths must be a whole number of months';
  if (byDefault < min || (max !== null && (max < min || byDefault > max))) return 'defaultMonths must lie within [minMonths, maxMonths]';
  const source = field('source');
  if (typeof source !== 'string' || !source.trim()) return 'source must name the regulation';
  return null;
}

function isPublicityPeriod(entry: unknown): entry is PublicityPeriod {
  return problemOf(entry) === null;
}

/**
 * The entries of PUBLICITY_PERIODS_FILE, checked one by one: a start-up error names the file and
 * the entry (its index) and what is wrong, rather than a wrong publicity period later.
 */
export function readPublicityPeriodsFile(file: string): PublicityPeriod[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`PUBLICITY_PERIODS_FILE ${file}: not readable JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!Array.isArray(parsed)) throw new Error(`PUBLICITY_PERIODS_FILE ${file}: must be a JSON list of publicity periods`);
  return parsed.map((entry: unknown, index) => {
    if (isPublicityPeriod(entry)) return entry;
    throw new Error(`PUBLICITY_PERIODS_FILE ${file}: entry ${index} (${JSON.stringify(entry)?.slice(0, 200)}): ${problemOf(entry)}`);
  });
}
