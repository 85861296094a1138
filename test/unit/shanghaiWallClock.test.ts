import { DateTime, IANAZone } from 'luxon';
import { shanghaiDate } from '../../subgraphs/kit/calendar/shanghaiDate';
import { formatDateTime } from '../../subgraphs/kit/scalars/dateTime';

const HOUR_MS = 3_600_000;

/** What both answered before issue 6, straight from luxon. */
const byLuxon = {
  date: (at: Date) => DateTime.fromJSDate(at, { zone: 'Asia/Shanghai' }).toISODate() ?? '',
  dateTime: (at: Date) => DateTime.fromJSDate(at, { zone: 'Asia/Shanghai' }).toISO() ?? at.toISOString(),
};

/** Instants around every offset change of Asia/Shanghai (1900–1991: LMT, the 1940s and 1986–1991 summer times), minute by minute near each. */
function instantsAroundTransitions(): Date[] {
  const zone = IANAZone.create('Asia/Shanghai');
  const instants: Date[] = [];
  for (let ms = Date.UTC(1899, 0, 1); ms < Date.UTC(1992, 0, 1); ms += HOUR_MS) {
    if (zone.offset(ms) === zone.offset(ms + HOUR_MS)) continue;
    for (let minute = -90; minute <= 150; minute += 1) instants.push(new Date(ms + minute * 60_000));
  }
  return instants;
}

/** A seeded spread over the plausible years, milliseconds included. */
function spreadInstants(count: number): Date[] {
  let state = 42;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const [from, to] = [Date.UTC(1900, 0, 1), Date.UTC(2100, 11, 31)];
  return Array.from({ length: count }, () => new Date(Math.floor(from + next() * (to - from))));
}

describe('dates and date-times in Asia/Shanghai without a luxon DateTime per call', () => {
  const instants = [
    ...instantsAroundTransitions(),
    ...spreadInstants(20_000),
    new Date('2021-09-30T15:59:59.999Z'),
    new Date('2021-09-30T16:00:00.000Z'),
    new Date('0999-12-31T23:00:00Z'),
    new Date('+010000-01-01T00:00:00Z'),
  ];

  it('answers exactly as luxon did, around every offset change and across the years', () => {
    expect(instants.length).toBeGreaterThan(20_000 + 10 * 241);
    for (const at of instants) {
      expect([at.toISOString(), shanghaiDate(at)]).toEqual([at.toISOString(), byLuxon.date(at)]);
      expect([at.toISOString(), formatDateTime(at)]).toEqual([at.toISOString(), byLuxon.dateTime(at)]);
    }
  });

  it('keeps the answers for an invalid date', () => {
    expect(shanghaiDate(new Date(Number.NaN))).toBe('');
    expect(() => formatDateTime('not a date')).toThrow(RangeError);
  });

  it('looks the time zone up once per hour, not once per value', () => {
    const offset = jest.spyOn(IANAZone.prototype, 'offset');
    const start = Date.UTC(2031, 5, 30, 9);
    for (let i = 0; i < 100; i += 1) {
      shanghaiDate(new Date(start + i * 1_000));
      formatDateTime(new Date(start + i * 1_000));
    }
    expect(offset.mock.calls.length).toBeLessThanOrEqual(2);
    expect(formatDateTime(new Date(start))).toBe('2031-06-30T17:00:00.000+08:00');
    offset.mockRestore();
  });
});
