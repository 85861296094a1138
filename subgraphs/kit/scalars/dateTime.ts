import { DateTime } from 'luxon';
import { shanghaiWallClock } from '../calendar/shanghaiWallClock';
import { SHANGHAI } from '../calendar/timeZone';
import { checkedScalar, type CheckResult } from './checkedScalar';
import { PLAUSIBLE_YEARS, inPlausibleYears } from './plausibleYears';

const WITH_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;

export function checkDateTime(value: unknown): CheckResult<Date> {
  if (typeof value !== 'string') return { ok: false, reason: 'must be an ISO 8601 string with an offset' };
  if (!WITH_OFFSET.test(value)) return { ok: false, reason: 'must carry a UTC offset (Z or +08:00)' };
  const parsed = DateTime.fromISO(value, { setZone: true });
  if (!parsed.isValid) return { ok: false, reason: `"${value}" is not an ISO 8601 date-time` };
  if (!inPlausibleYears(parsed.year)) return { ok: false, reason: `must be in the years ${PLAUSIBLE_YEARS.first}–${PLAUSIBLE_YEARS.last}` };
  return { ok: true, value: parsed.toJSDate() };
}

/** Serialized in Asia/Shanghai with its offset, e.g. 2021-06-30T17:30:00.000+08:00. */
export function formatDateTime(value: Date | string): string {
  const date = value instanceof Date ? value : new Date(value);
  const clock = shanghaiWallClock(date.getTime());
  if (clock) return `${clock.local}${clock.offset}`;
  return DateTime.fromJSDate(date, { zone: SHANGHAI }).toISO() ?? date.toISOString();
}

export const DateTimeScalar = checkedScalar({
  name: 'DateTime',
  description: 'ISO 8601 date-time with offset; served in Asia/Shanghai (+08:00).',
  check: checkDateTime,
  serialize: (value) => formatDateTime(value instanceof Date || typeof value === 'string' ? value : String(value)),
});
