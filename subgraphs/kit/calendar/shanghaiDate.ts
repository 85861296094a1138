import { DateTime } from 'luxon';
import { shanghaiWallClock } from './shanghaiWallClock';
import { SHANGHAI } from './timeZone';

/** The calendar day (YYYY-MM-DD, Asia/Shanghai) an instant falls on: decisions, publicity, interviews and time limits are dated by day. */
export function shanghaiDate(at: Date): string {
  const clock = shanghaiWallClock(at.getTime());
  if (clock) return clock.local.slice(0, 10);
  return DateTime.fromJSDate(at, { zone: SHANGHAI }).toISODate() ?? '';
}
