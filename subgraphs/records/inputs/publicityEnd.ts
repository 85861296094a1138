import { DateTime } from 'luxon';
import { badUserInput } from '../../kit/errors';
import type { PublicityPeriods } from '../config/publicityPeriods';
import type { RecordKind, Severity } from '../generated/resolversTypes';

const plusMonths = (day: string, months: number) => DateTime.fromISO(day, { zone: 'utc' }).plus({ months }).toISODate() ?? day;

/**
 * The first day a record is no longer published: the given one when it lies within the bounds of
 * the period in force on the decision date for its kind and severity, else decidedAt plus the
 * period's default. Null for a kind that is not published (a clue), which must not be given one.
 */
export function publicityEnd(periods: PublicityPeriods, kind: RecordKind, severity: Severity, decidedAt: string, given: string | null): string | null {
  if (!periods.publishes(kind)) {
    if (given !== null) throw badUserInput('input.publicityEndsAt', `must be omitted: a ${kind} record is collected, not published`);
    return null;
  }
  const period = periods.inForce(kind, severity, decidedAt);
  if (!period) {
    throw badUserInput('input.decidedAt', `no publicity period of a ${severity} ${kind} is configured for decisions on ${decidedAt}: add the one in force then (PUBLICITY_PERIODS_FILE)`);
  }
  if (given === null) return plusMonths(decidedAt, period.defaultMonths);
  const earliest = plusMonths(decidedAt, period.minMonths);
  const latest = period.maxMonths === null ? null : plusMonths(decidedAt, period.maxMonths);
  if (given < earliest || (latest !== null && given > latest)) {
    const bounds = latest === null ? `on or after ${earliest}` : `between ${earliest} and ${latest}`;
    throw badUserInput('input.publicityEndsAt', `must be ${bounds} for a ${severity} ${kind} decided on ${decidedAt} (${period.source})`);
  }
  return given;
}
