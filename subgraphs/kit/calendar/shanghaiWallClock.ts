import { LRUCache } from 'lru-cache';
import { IANAZone } from 'luxon';
import { SHANGHAI } from './timeZone';

const HOUR_MS = 3_600_000;
const zone = IANAZone.create(SHANGHAI);

/** UTC offsets (minutes) by UTC hour; null for an hour in which the offset changes or is not whole minutes. */
const offsetsByHour = new LRUCache<number, { minutes: number | null }>({ max: 10_000 });

function offsetOfHour(hour: number): number | null {
  const known = offsetsByHour.get(hour);
  if (known) return known.minutes;
  const first = zone.offset(hour * HOUR_MS);
  const last = zone.offset(hour * HOUR_MS + HOUR_MS - 1);
  const minutes = first === last && Number.isInteger(first) ? first : null;
  offsetsByHour.set(hour, { minutes });
  return minutes;
}

/**
 * The wall clock in Asia/Shanghai at `ms` as an ISO string without offset
 * (`2021-06-30T17:30:00.000`) and the offset as ISO writes it (`+08:00`); null where luxon must
 * decide (an invalid instant, an hour with an offset change, a year not of four digits). Luxon builds
 * a DateTime (time zone lookup through Intl included) for each call: the date scalars and
 * "today" of every row were a visible share of a subgraph's CPU (issue 6). The offset is looked
 * up once per hour instead, and the rest is arithmetic.
 */
export function shanghaiWallClock(ms: number): { local: string; offset: string } | null {
  if (!Number.isFinite(ms)) return null;
  const minutes = offsetOfHour(Math.floor(ms / HOUR_MS));
  if (minutes === null) return null;
  const local = new Date(ms + minutes * 60_000);
  const year = local.getUTCFullYear();
  if (year < 1000 || year > 9999) return null;
  const sign = minutes < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0');
  const rest = String(Math.abs(minutes) % 60).padStart(2, '0');
  return { local: local.toISOString().slice(0, -1), offset: `${sign}${hours}:${rest}` };
}

