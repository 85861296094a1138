import { DateTime } from 'luxon';
import { SHANGHAI } from '../../kit/calendar/timeZone';

/** The calendar day (YYYY-MM-DD, Asia/Shanghai) an instant falls on: decisions, publicity and interviews are dated by day. */
export function shanghaiDate(at: Date): string {
  return DateTime.fromJSDate(at, { zone: SHANGHAI }).toISODate() ?? '';
}
