import { readFileSync } from 'node:fs';
import { isWorkday as libraryIsWorkday } from 'chinese-days';
import libraryDays from 'chinese-days/dist/chinese-days.json';
import { DateTime } from 'luxon';
import { LRUCache } from 'lru-cache';
import { shanghaiDate } from './shanghaiDate';
import { SHANGHAI } from './timeZone';

/**
 * A year's official schedule (State Council notice) that the library does not know yet:
 * `holidays` are days off on weekdays, `workdays` are adjusted working days on weekends.
 */
export interface YearSchedule {
  holidays: string[];
  workdays: string[];
}

export class CalendarRangeError extends Error {
  constructor(date: string, known: { first: number; last: number }) {
    super(
      `no official working-day calendar for ${date} (known years ${known.first}–${known.last}); ` +
        'add the year\'s State Council schedule to the calendar configuration',
    );
    this.name = 'CalendarRangeError';
  }
}

export interface WorkingDayCalendar {
  isWorkingDay(date: string): boolean;
  /** The end (23:59:59.999 Asia/Shanghai) of the n-th working day after `from`'s calendar day. */
  deadlineAfter(from: Date, workingDays: number): Date;
  /** The n-th working day of a month (`2021-07`), as YYYY-MM-DD. */
  nthWorkingDayOfMonth(month: string, n: number): string;
  readonly years: { first: number; last: number };
}

function libraryYears(): { first: number; last: number } {
  const years = Object.keys(libraryDays.holidays).map((day) => Number(day.slice(0, 4)));
  return { first: Math.min(...years), last: Math.max(...years) };
}

/**
 * China's official working-day calendar: the `chinese-days` library for the years it knows,
 * extended by configured years (without a release), and an error for any other year.
 */
export function createWorkingDayCalendar(extraYears: Record<string, YearSchedule> = {}): WorkingDayCalendar {
  const library = libraryYears();
  const extra = new Map(Object.entries(extraYears).map(([year, s]) => [Number(year), {
    holidays: new Set(s.holidays),
    workdays: new Set(s.workdays),
  }]));
  const lastYear = Math.max(library.last, ...extra.keys());
  const years = { first: library.first, last: lastYear };

  function isWorkingDay(date: string): boolean {
    const year = Number(date.slice(0, 4));
    const configured = extra.get(year);
    if (configured) {
      if (configured.workdays.has(date)) return true;
      if (configured.holidays.has(date)) return false;
      const weekday = DateTime.fromISO(date, { zone: SHANGHAI }).weekday;
      return weekday <= 5;
    }
    if (year < library.first || year > library.last) throw new CalendarRangeError(date, years);
    return libraryIsWorkday(date);
  }

  function countWorkingDays(from: DateTime, workingDays: number): number {
    let day = from;
    let counted = 0;
    while (counted < workingDays) {
      day = day.plus({ days: 1 });
      if (isWorkingDay(day.toISODate() ?? '')) counted += 1;
    }
    return day.endOf('day').toMillis();
  }

  // A deadline depends only on the start's calendar day: every submission of a day shares it, and
  // walking the calendar day by day with luxon was the largest cost of a submission.
  const deadlines = new LRUCache<string, number>({ max: 1_000 });
  function deadlineAfter(from: Date, workingDays: number): Date {
    const key = `${shanghaiDate(from)}+${workingDays}`;
    let due = deadlines.get(key);
    if (due === undefined) {
      due = countWorkingDays(DateTime.fromJSDate(from, { zone: SHANGHAI }).startOf('day'), workingDays);
      deadlines.set(key, due);
    }
    // A new Date each time: callers may keep and change theirs.
    return new Date(due);
  }

  function nthWorkingDayOfMonth(month: string, n: number): string {
    let day = DateTime.fromISO(`${month}-01`, { zone: SHANGHAI });
    let counted = 0;
    for (;;) {
      const iso = day.toISODate() ?? '';
      if (isWorkingDay(iso)) counted += 1;
      if (counted === n) return iso;
      day = day.plus({ days: 1 });
    }
  }

  return { isWorkingDay, deadlineAfter, nthWorkingDayOfMonth, years };
}

/** Checks a calendar file's years: `_`-prefixed keys are notes; every date must be in its year. */
export function parseYearSchedules(json: string, source: string): Record<string, YearSchedule> {
  const parsed: unknown = JSON.parse(json);
  if (typeof parsed !== 'object' || parsed === null) throw new Error(`${source}: must be a JSON object of years`);
  const years: Record<string, YearSchedule> = {};
  for (const [year, schedule] of Object.entries(parsed)) {
    if (year.startsWith('_')) continue;
    if (!/^\d{4}$/.test(year)) throw new Error(`${source}: "${year}" is not a year`);
    const lists = { holidays: listOf(schedule, 'holidays'), workdays: listOf(schedule, 'workdays') };
    for (const day of [...lists.holidays, ...lists.workdays]) {
      if (!day.startsWith(`${year}-`) || !DateTime.fromISO(day).isValid) throw new Error(`${source}: ${year} lists "${day}", not a date of ${year}`);
    }
    years[year] = lists;
  }
  return years;
}

function listOf(schedule: unknown, key: 'holidays' | 'workdays'): string[] {
  const list: unknown = typeof schedule === 'object' && schedule !== null && key in schedule ? Reflect.get(schedule, key) : undefined;
  if (!Array.isArray(list) || !list.every((day): day is string => typeof day === 'string')) return [];
  return list;
}

/** Reads extra years from the JSON file named by WORKING_DAY_CALENDAR_FILE, if any. */
export function loadWorkingDayCalendar(env: NodeJS.ProcessEnv = process.env): WorkingDayCalendar {
  const file = env.WORKING_DAY_CALENDAR_FILE;
  if (!file) return createWorkingDayCalendar();
  return createWorkingDayCalendar(parseYearSchedules(readFileSync(file, 'utf8'), file));
}
