import type { TimeLimitKey, TimeLimits } from './timeLimits';
import { shanghaiDate } from './shanghaiDate';
import type { WorkingDayCalendar } from './workingDayCalendar';

/** The deadline of `key` for something that started at `start`, by the limit in force that day. */
export function deadlineFor(
  calendar: WorkingDayCalendar,
  limits: TimeLimits,
  key: TimeLimitKey,
  start: Date,
): Date {
  return calendar.deadlineAfter(start, limits.inForce(key, shanghaiDate(start)).workingDays);
}
