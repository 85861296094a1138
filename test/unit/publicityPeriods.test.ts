import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPublicityPeriods, DEFAULT_PUBLICITY_PERIODS, loadPublicityPeriods, type PublicityPeriod } from '../../subgraphs/records/config/publicityPeriods';
import { publicityEnd } from '../../subgraphs/records/inputs/publicityEnd';

describe('publicity periods (effective-dated, with sources)', () => {
  const periods = createPublicityPeriods();

  it('cites a source for every entry', () => {
    for (const period of DEFAULT_PUBLICITY_PERIODS) expect(period.source).toMatch(/号/);
  });

  it.each([
    ['ADMINISTRATIVE_PENALTY', 'GENERAL', '2021-03-15', '2022-03-15'],
    ['ADMINISTRATIVE_PENALTY', 'SERIOUS', '2023-05-01', '2026-05-01'],
    ['ADMINISTRATIVE_PENALTY', 'MINOR', '2026-04-01', '2026-04-01'],
    ['COMMITMENT_BREACH', 'GENERAL', '2021-01-31', '2022-01-31'],
    ['SERIOUS_DISHONESTY_LIST', 'SERIOUS', '2021-02-28', '2024-02-28'],
    ['IMPERSONATION_CLUE', 'GENERAL', '2021-05-01', null],
  ] as const)('computes a %s of severity %s decided on %s to end on %s', (kind, severity, decidedAt, end) => {
    expect(publicityEnd(periods, kind, severity, decidedAt, null)).toBe(end);
  });

  it('follows the rule in force on the decision date (a minor penalty may be published up to 3 months from 1 April 2026)', () => {
    expect(() => publicityEnd(periods, 'ADMINISTRATIVE_PENALTY', 'MINOR', '2026-03-31', '2026-04-30')).toThrow(/publicityEndsAt/);
    expect(publicityEnd(periods, 'ADMINISTRATIVE_PENALTY', 'MINOR', '2026-04-01', '2026-07-01')).toBe('2026-07-01');
    expect(() => publicityEnd(periods, 'ADMINISTRATIVE_PENALTY', 'MINOR', '2026-04-01', '2026-07-02')).toThrow(/信用修复管理办法/);
  });

  it('adds the entries of PUBLICITY_PERIODS_FILE, a later one taking over from its date', () => {
    const dir = mkdtempSync(join(tmpdir(), 'publicity-'));
    try {
      const file = join(dir, 'periods.json');
      const later: PublicityPeriod[] = [{
        kinds: ['ADMINISTRATIVE_PENALTY'], severity: 'GENERAL', effectiveFrom: '2030-01-01', minMonths: 6, maxMonths: 18, defaultMonths: 18, source: '某新规定（示例）',
      }];
      writeFileSync(file, JSON.stringify(later));
      const loaded = loadPublicityPeriods({ PUBLICITY_PERIODS_FILE: file });
      expect(publicityEnd(loaded, 'ADMINISTRATIVE_PENALTY', 'GENERAL', '2030-01-01', null)).toBe('2031-07-01');
      expect(publicityEnd(loaded, 'ADMINISTRATIVE_PENALTY', 'GENERAL', '2029-12-31', null)).toBe('2030-12-31');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['a kind that does not exist', { kind: 'PENALTY' }, /entry 1 .*kinds must be/],
    ['months as text', { minMonths: '3' }, /entry 1 .*minMonths/],
    ['a default outside its bounds', { defaultMonths: 24 }, /entry 1 .*defaultMonths must lie within/],
    ['no source', { source: ' ' }, /entry 1 .*source/],
    ['a date that is not one', { effectiveFrom: '2030-13-45' }, /entry 1 .*effectiveFrom/],
  ])('refuses PUBLICITY_PERIODS_FILE with %s, naming the file and the entry', (_case, change, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'publicity-'));
    try {
      const file = join(dir, 'periods.json');
      const good = { kinds: ['ADMINISTRATIVE_PENALTY'], severity: 'GENERAL', effectiveFrom: '2030-01-01', minMonths: 6, maxMonths: 18, defaultMonths: 18, source: '某新规定（示例）' };
      const bad = 'kind' in change ? { ...good, kinds: [change.kind] } : { ...good, ...change };
      writeFileSync(file, JSON.stringify([good, bad]));
      expect(() => loadPublicityPeriods({ PUBLICITY_PERIODS_FILE: file })).toThrow(new RegExp(`PUBLICITY_PERIODS_FILE ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      expect(() => loadPublicityPeriods({ PUBLICITY_PERIODS_FILE: file })).toThrow(message);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
