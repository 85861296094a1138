import { calendarHorizonWarning } from './calendarHorizon';
import { loadWorkingDayCalendar } from './workingDayCalendar';

/** Called by the programs that start services (not by tests), so that an operator sees it at start-up. */
export function warnAboutCalendarHorizon(service: string, now: Date = new Date()): void {
  const warning = calendarHorizonWarning(loadWorkingDayCalendar(), now);
  if (warning) console.warn(`[${service}] warning: ${warning}`);
}
