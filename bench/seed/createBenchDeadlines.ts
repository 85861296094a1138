import { deadlineFor } from '../../subgraphs/kit/calendar/deadline';
import { createTimeLimits, type TimeLimitKey } from '../../subgraphs/kit/calendar/timeLimits';
import { createWorkingDayCalendar } from '../../subgraphs/kit/calendar/workingDayCalendar';
import { isoDay } from './createBenchRandom';

/**
 * The product's deadlines (working days, limits in force), remembered per start day: a deadline
 * depends only on the day something started, and computing tens of thousands of them one by one
 * took most of the seeding time.
 */
export function createBenchDeadlines(): (key: TimeLimitKey, start: Date) => Date {
  const calendar = createWorkingDayCalendar();
  const limits = createTimeLimits();
  const known = new Map<string, Date>();
  return (key, start) => {
    const memo = `${key}:${isoDay(start)}`;
    let deadline = known.get(memo);
    if (!deadline) {
      deadline = deadlineFor(calendar, limits, key, start);
      known.set(memo, deadline);
    }
    return deadline;
  };
}
