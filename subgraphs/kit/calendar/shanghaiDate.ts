import { luxonInShanghai, shanghaiWallClock } from './shanghaiWallClock';

/** The calendar day (YYYY-MM-DD, Asia/Shanghai) an instant falls on: decisions, publicity, interviews and time limits are dated by day. */
export function shanghaiDate(at: Date): string {
  const ms = at.getTime();
  const clock = shanghaiWallClock(ms);
  if (clock) return clock.local.slice(0, 10);
  return Number.isFinite(ms) ? (luxonInShanghai(ms).toISODate() ?? '') : '';
}
