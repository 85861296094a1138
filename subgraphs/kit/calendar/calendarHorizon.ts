import { DateTime } from 'luxon';
import { SHANGHAI } from './timeZone';
import type { WorkingDayCalendar } from './workingDayCalendar';

/**
 * How far ahead deadlines reach: a repair answered in 10 working days, a monthly report due on the
 * 5th working day of the next month. Across the Spring Festival that is about six weeks.
 */
export const CALENDAR_HORIZON_DAYS = 45;

/**
 * A warning for operators when deadlines computed from `now` may soon fall in a year the calendar
 * does not know (they would then be refused with SERVICE_UNAVAILABLE), or null. The State Council
 * publishes each year's schedule in the autumn; it is added through WORKING_DAY_CALENDAR_FILE.
 */
export function calendarHorizonWarning(calendar: WorkingDayCalendar, now: Date, days = CALENDAR_HORIZON_DAYS): string | null {
  const horizon = DateTime.fromJSDate(now, { zone: SHANGHAI }).plus({ days });
  if (horizon.year <= calendar.years.last) return null;
  const firstUnknown = `${calendar.years.last + 1}-01-01`;
  return (
    `the working-day calendar knows years up to ${calendar.years.last}: deadlines from ${firstUnknown} on will be refused ` +
    `(SERVICE_UNAVAILABLE) until the State Council's ${calendar.years.last + 1} schedule is added through WORKING_DAY_CALENDAR_FILE ` +
    `(see README, "The working-day calendar needs each new year")`
  );
}
