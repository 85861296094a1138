import { DateTime } from 'luxon';
import { SHANGHAI } from './timeZone';

/** The calendar day (YYYY-MM-DD, Asia/Shanghai) an instant falls on: decisions, publicity, interviews and time limits are dated by day. */
export function shanghaiDate(at: Date): string {
  return DateTime.fromJSDate(at, { zone: SHANGHAI }).toISODate() ?? '';
}
