import { DateTime } from 'luxon';
import { SHANGHAI } from '../../kit/calendar/timeZone';
import { badUserInput } from '../../kit/errors';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * The end of a reporting month `YYYY-MM` (the first instant of the next month, Asia/Shanghai);
 * BAD_USER_INPUT on `field` (the argument that gave it) when it is not a month or is after the current month at `now`.
 */
export function ledgerPeriodEnd(period: string, now: Date, field = 'period'): Date {
  if (!MONTH.test(period)) throw badUserInput(field, 'must be a month YYYY-MM, e.g. 2021-06');
  const currentMonth = DateTime.fromJSDate(now, { zone: SHANGHAI }).toFormat('yyyy-LL');
  if (period > currentMonth) throw badUserInput(field, `must not be after the current month (${currentMonth})`);
  return DateTime.fromISO(`${period}-01`, { zone: SHANGHAI }).plus({ months: 1 }).toJSDate();
}
