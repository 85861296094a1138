import { DateTime } from 'luxon';
import { CalendarRangeError } from '../../kit/calendar/workingDayCalendar';
import { SHANGHAI } from '../../kit/calendar/timeZone';
import { badUserInput } from '../../kit/errors';
import type { RecordsContext } from '../context';
import { ledgerPeriodEnd } from '../inputs/ledgerPeriod';

/**
 * When the report for `period` (YYYY-MM) is due: the end (23:59:59.999 Asia/Shanghai) of the 5th
 * working day of the FOLLOWING month (seed 二（一）: 于每月第5个工作日前完成本地方台账梳理更新，并上报 —
 * each month's report gives the ledger as the month before ended, so the report for 2026-09 is
 * due on 2026-10-13, after National Day and the adjusted Saturday 2026-10-10). Counted by the
 * MONTHLY_LEDGER_REPORT time limit in force on the period's last day, on the official calendar.
 *
 * A due date in a year the calendar does not know throws the kit's CalendarRangeError, which the
 * subgraph reports as SERVICE_UNAVAILABLE naming the date (the operator adds the year's State
 * Council schedule through WORKING_DAY_CALENDAR_FILE); never a weekday guess. A period before
 * any limit was in force (before the campaign) is BAD_USER_INPUT on `period`.
 */
export function ledgerReportDueAt(period: string, { deadline, now }: Pick<RecordsContext, 'deadline' | 'now'>): Date {
  const lastDay = DateTime.fromJSDate(ledgerPeriodEnd(period, now()), { zone: SHANGHAI }).minus({ days: 1 }).toJSDate();
  try {
    return deadline('MONTHLY_LEDGER_REPORT', lastDay);
  } catch (error) {
    if (error instanceof CalendarRangeError || !(error instanceof Error) || !/time limit in force/.test(error.message)) throw error;
    throw badUserInput('period', `no monthly ledger report is due for ${period}: the campaign's reporting began later`);
  }
}
