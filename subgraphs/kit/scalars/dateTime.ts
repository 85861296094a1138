import { GraphQLScalarType, Kind } from 'graphql';
import { DateTime } from 'luxon';
import { ScalarInputError } from '../errors';
import { SHANGHAI } from '../calendar/timeZone';

const WITH_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;

export function checkDateTime(value: unknown): { ok: true; value: Date } | { ok: false; reason: string } {
  if (typeof value !== 'string') return { ok: false, reason: 'must be an ISO 8601 string with an offset' };
  if (!WITH_OFFSET.test(value)) return { ok: false, reason: 'must carry a UTC offset (Z or +08:00)' };
  const parsed = DateTime.fromISO(value, { setZone: true });
  if (!parsed.isValid) return { ok: false, reason: `"${value}" is not an ISO 8601 date-time` };
  return { ok: true, value: parsed.toJSDate() };
}

export function parseDateTime(value: unknown): Date {
  const result = checkDateTime(value);
  if (!result.ok) throw new ScalarInputError('DateTime', result.reason);
  return result.value;
}

/** Serialized in Asia/Shanghai with its offset, e.g. 2021-06-30T17:30:00.000+08:00. */
export function formatDateTime(value: Date | string): string {
  const date = value instanceof Date ? value : new Date(value);
  return DateTime.fromJSDate(date, { zone: SHANGHAI }).toISO() ?? date.toISOString();
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'ISO 8601 date-time with offset; served in Asia/Shanghai (+08:00).',
  serialize: (value) => formatDateTime(value instanceof Date || typeof value === 'string' ? value : String(value)),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});
