import { checkDate } from '../../subgraphs/kit/scalars/date';
import { checkDateTime, formatDateTime } from '../../subgraphs/kit/scalars/dateTime';

describe('Date and DateTime', () => {
  it.each([
    ['2021-02-28', true],
    ['2021-02-30', false],
    ['2021-2-3', false],
    ['0001-01-01', false],
    ['2999-01-01', false],
  ])('Date %s valid: %s', (value, ok) => {
    expect(checkDate(value).ok).toBe(ok);
  });

  it.each([
    ['2021-06-30T17:30:00+08:00', true],
    ['2021-06-30T09:30:00Z', true],
    ['2021-06-30T17:30:00', false],
    ['0001-01-01T00:00:00Z', false],
    ['yesterday', false],
  ])('DateTime %s valid: %s', (value, ok) => {
    expect(checkDateTime(value).ok).toBe(ok);
  });

  it('serves instants in Asia/Shanghai with the offset', () => {
    expect(formatDateTime(new Date('2021-06-30T09:30:00Z'))).toBe('2021-06-30T17:30:00.000+08:00');
  });
});
