import { DateTime } from 'luxon';
import type { TimeLimitKey, TimeLimits } from './timeLimits';
import { SHANGHAI } from './timeZone';
import type { WorkingDayCalendar } from './workingDayCalendar';

/** The deadline of `key` for something that started at `start`, by the limit in force that day. */
export function deadlineFor(
  calendar: WorkingDayCalendar,
  limits: TimeLimits,
  key: TimeLimitKey,
  start: Date,
): Date {
  const day = DateTime.fromJSDate(start, { zone: SHANGHAI }).toISODate() ?? '';
  return calendar.deadlineAfter(start, limits.inForce(key, day).workingDays);
}
