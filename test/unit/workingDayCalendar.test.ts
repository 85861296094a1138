import { createWorkingDayCalendar, CalendarRangeError } from '../../subgraphs/kit/calendar/workingDayCalendar';
import { createTimeLimits } from '../../subgraphs/kit/calendar/timeLimits';
import { deadlineFor } from '../../subgraphs/kit/calendar/deadline';

const calendar = createWorkingDayCalendar();

describe("China's working-day calendar (Asia/Shanghai)", () => {
  it('knows holidays and the adjusted working days on weekends', () => {
    expect(calendar.isWorkingDay('2021-10-01')).toBe(false); // National Day
    expect(calendar.isWorkingDay('2021-10-09')).toBe(true); // a Saturday made a working day
    expect(calendar.isWorkingDay('2021-10-10')).toBe(false); // an ordinary Sunday
  });

  it('finds the 5th working day of a month for the monthly ledger report', () => {
    // October 2021: 1–7 off; working days 8 (Fri), 9 (Sat, adjusted), 11, 12, 13.
    expect(calendar.nthWorkingDayOfMonth('2021-10', 5)).toBe('2021-10-13');
    // February 2021: 1–5 are working days.
    expect(calendar.nthWorkingDayOfMonth('2021-02', 5)).toBe('2021-02-05');
  });

  it('counts a deadline in working days to the end of the day in Shanghai', () => {
    // Applied Thursday 2021-09-30: Oct 8, 9, 11, 12, 13, 14, 15, 18, 19, 20 → the 10th is Oct 20.
    const due = calendar.deadlineAfter(new Date('2021-09-30T10:00:00+08:00'), 10);
    expect(due.toISOString()).toBe('2021-10-20T15:59:59.999Z');
  });

  it('uses the Shanghai date, not UTC: 23:30 UTC on 2021-09-30 is already 1 October in Shanghai', () => {
    // From Oct 1 (Shanghai): Oct 8 is the first working day after.
    expect(calendar.deadlineAfter(new Date('2021-09-30T23:30:00Z'), 1).toISOString()).toBe('2021-10-08T15:59:59.999Z');
  });

  it('refuses a date past the years it knows instead of guessing weekdays', () => {
    expect(() => calendar.isWorkingDay(`${calendar.years.last + 1}-10-01`)).toThrow(CalendarRangeError);
  });

  it('takes a new year from configuration without a release', () => {
    const next = calendar.years.last + 1;
    const extended = createWorkingDayCalendar({ [next]: { holidays: [`${next}-01-01`], workdays: [`${next}-01-02`] } });
    expect(extended.isWorkingDay(`${next}-01-01`)).toBe(false);
    expect(extended.isWorkingDay(`${next}-01-02`)).toBe(true);
  });
});

describe('effective-dated time limits', () => {
  const limits = createTimeLimits([
    { key: 'REPAIR_DECISION', workingDays: 10, effectiveFrom: '2019-07-01', source: 'old rule' },
    { key: 'REPAIR_DECISION', workingDays: 5, effectiveFrom: '2023-05-01', source: 'new rule' },
  ]);

  it('applies the limit in force on the start day', () => {
    expect(limits.inForce('REPAIR_DECISION', '2021-06-01').workingDays).toBe(10);
    expect(limits.inForce('REPAIR_DECISION', '2023-05-01').workingDays).toBe(5);
    expect(() => limits.inForce('REPAIR_DECISION', '2018-01-01')).toThrow();
  });

  it('computes a deadline with it', () => {
    const due = deadlineFor(calendar, limits, 'REPAIR_DECISION', new Date('2021-09-30T10:00:00+08:00'));
    expect(due.toISOString()).toBe('2021-10-20T15:59:59.999Z');
  });
});

describe('calendar configuration files', () => {
  it('reads years, skips notes, and refuses a date outside its year', async () => {
    const { parseYearSchedules } = await import('../../subgraphs/kit/calendar/workingDayCalendar');
    expect(parseYearSchedules('{"_note":"x","2027":{"holidays":["2027-01-01"],"workdays":["2027-02-06"]}}', 'f.json')).toEqual({
      2027: { holidays: ['2027-01-01'], workdays: ['2027-02-06'] },
    });
    expect(() => parseYearSchedules('{"2027":{"holidays":["2026-10-01"]}}', 'f.json')).toThrow(/f.json: 2027 lists "2026-10-01"/);
    expect(() => parseYearSchedules('{"next":{}}', 'f.json')).toThrow(/"next" is not a year/);
  });
});
