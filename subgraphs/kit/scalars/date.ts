import { DateTime } from 'luxon';
import { checkedScalar, type CheckResult } from './checkedScalar';
import { PLAUSIBLE_YEARS, inPlausibleYears } from './plausibleYears';

export function checkDate(value: unknown): CheckResult<string> {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return { ok: false, reason: 'must be a calendar date YYYY-MM-DD' };
  }
  if (!DateTime.fromISO(value).isValid) return { ok: false, reason: `"${value}" is not a real date` };
  if (!inPlausibleYears(Number(value.slice(0, 4)))) return { ok: false, reason: `must be in the years ${PLAUSIBLE_YEARS.first}–${PLAUSIBLE_YEARS.last}` };
  return { ok: true, value };
}

export const DateScalar = checkedScalar({
  name: 'Date',
  description: 'Calendar date YYYY-MM-DD (Asia/Shanghai).',
  check: checkDate,
});
