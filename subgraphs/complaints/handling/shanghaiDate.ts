import { DateTime } from 'luxon';
import { SHANGHAI } from '../../kit/calendar/timeZone';

/** The calendar day (YYYY-MM-DD) of an instant in Asia/Shanghai, as records' decision dates are. */
export function shanghaiDate(at: Date): string {
  return DateTime.fromJSDate(at, { zone: SHANGHAI }).toISODate() ?? '';
}
