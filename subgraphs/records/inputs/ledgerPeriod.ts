import { DateTime } from 'luxon';
import { SHANGHAI } from '../../kit/calendar/timeZone';
import { badUserInput } from '../../kit/errors';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The end of a reporting month `YYYY-MM` (the first instant of the next month, Asia/Shanghai). */
export function ledgerPeriodEnd(period: string): Date {
  if (!MONTH.test(period)) throw badUserInput('period', 'must be a month YYYY-MM, e.g. 2021-06');
  return DateTime.fromISO(`${period}-01`, { zone: SHANGHAI }).plus({ months: 1 }).toJSDate();
}
