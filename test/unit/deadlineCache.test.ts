import * as chineseDays from 'chinese-days';
import { createWorkingDayCalendar } from '../../subgraphs/kit/calendar/workingDayCalendar';

jest.mock('chinese-days', () => {
  const actual = jest.requireActual<typeof chineseDays>('chinese-days');
  return { ...actual, isWorkday: jest.fn(actual.isWorkday) };
});
const isWorkday = jest.mocked(chineseDays.isWorkday);

describe('a deadline is counted once per start day', () => {
  beforeEach(() => isWorkday.mockClear());

  it('walks the calendar once for two starts on the same Shanghai day, and answers the same', () => {
    const calendar = createWorkingDayCalendar();
    const morning = calendar.deadlineAfter(new Date('2021-09-30T09:00:00+08:00'), 10);
    const walked = isWorkday.mock.calls.length;
    const evening = calendar.deadlineAfter(new Date('2021-09-30T23:59:00+08:00'), 10);
    expect(isWorkday.mock.calls.length).toBe(walked);
    expect(evening.toISOString()).toBe('2021-10-20T15:59:59.999Z');
    expect(evening).toEqual(morning);
  });

  it('hands each caller a Date of its own', () => {
    const calendar = createWorkingDayCalendar();
    const first = calendar.deadlineAfter(new Date('2021-09-30T10:00:00+08:00'), 10);
    first.setFullYear(2000);
    expect(calendar.deadlineAfter(new Date('2021-09-30T10:00:00+08:00'), 10).toISOString()).toBe('2021-10-20T15:59:59.999Z');
  });

  it('counts afresh for another day (in Shanghai, not UTC) or another number of working days', () => {
    const calendar = createWorkingDayCalendar();
    expect(calendar.deadlineAfter(new Date('2021-09-30T10:00:00+08:00'), 1).toISOString()).toBe('2021-10-08T15:59:59.999Z');
    // 2021-09-30T20:00Z is 1 October in Shanghai.
    expect(calendar.deadlineAfter(new Date('2021-09-30T20:00:00Z'), 1).toISOString()).toBe('2021-10-08T15:59:59.999Z');
    expect(calendar.deadlineAfter(new Date('2021-09-29T10:00:00+08:00'), 1).toISOString()).toBe('2021-09-30T15:59:59.999Z');
    expect(calendar.deadlineAfter(new Date('2021-09-30T10:00:00+08:00'), 2).toISOString()).toBe('2021-10-09T15:59:59.999Z');
  });
});
