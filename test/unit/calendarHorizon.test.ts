import { calendarHorizonWarning } from '../../subgraphs/kit/calendar/calendarHorizon';
import { createWorkingDayCalendar } from '../../subgraphs/kit/calendar/workingDayCalendar';

const calendar = createWorkingDayCalendar();
const at = (iso: string) => new Date(iso);

describe('the warning that the working-day calendar is about to run out', () => {
  it.each([
    ['far from the last known year', '2026-06-01T00:00:00+08:00', false],
    ['the day before the horizon reaches the next year', '2026-11-16T23:59:00+08:00', false],
    ['once deadlines can reach the next year', '2026-11-17T00:00:00+08:00', true],
    ['in the last weeks of the year', '2026-12-20T10:00:00+08:00', true],
  ])('%s (%s): %s', (_label, iso, warns) => {
    const warning = calendarHorizonWarning(calendar, at(iso));
    if (!warns) return expect(warning).toBeNull();
    expect(warning).toContain('2027-01-01');
    expect(warning).toContain('WORKING_DAY_CALENDAR_FILE');
  });

  it('is silent once the next year is configured', () => {
    const extended = createWorkingDayCalendar({ 2027: { holidays: ['2027-01-01'], workdays: [] } });
    expect(calendarHorizonWarning(extended, at('2026-12-20T10:00:00+08:00'))).toBeNull();
  });
});
