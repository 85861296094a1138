import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_LEDGER_CAMPAIGN, loadLedgerCampaign } from '../../subgraphs/records/config/ledgerCampaign';
import { createRiskWarningPeriods, loadRiskWarningPeriods } from '../../subgraphs/records/config/riskWarningPeriods';
import { ledgerProgressOf } from '../../subgraphs/records/progress/ledgerProgressOf';
import type { LiveEntry } from '../../subgraphs/records/progress/loadLiveLedger';
import type { LedgerEntryEntity } from '../../subgraphs/records/entities/LedgerEntryEntity';

const file = (content: unknown) => {
  const path = join(mkdtempSync(join(tmpdir(), 'campaign-')), 'file.json');
  writeFileSync(path, JSON.stringify(content));
  return path;
};

const live = (id: number, status: LiveEntry['status'], exitKind: LiveEntry['exitKind'] = null, region = '430102'): LiveEntry => {
  const entry: LedgerEntryEntity = { id, uscc: `u${id}`, region, subjectName: 'x', status, exclusionReason: null, addedAt: new Date(0), exitedAt: null, exitKind, exitReason: null, remarks: null, responsibleUnit: null };
  return { entry, status, exclusionReason: null, exitKind };
};

describe('the campaign and risk-warning configuration', () => {
  it('defaults to the notice (发改办财金〔2021〕156号: 90 % by 2021-06-30, 100 % by 2021-12-31) and is overridden by LEDGER_CAMPAIGN_FILE', () => {
    expect(loadLedgerCampaign({})).toEqual(DEFAULT_LEDGER_CAMPAIGN);
    expect(DEFAULT_LEDGER_CAMPAIGN).toMatchObject({ documentNumber: '发改办财金〔2021〕156号', targets: [{ deadline: '2021-06-30', exitRate: 0.9 }, { deadline: '2021-12-31', exitRate: 1 }] });
    const override = loadLedgerCampaign({ LEDGER_CAMPAIGN_FILE: file({ targets: [{ deadline: '2022-06-30', exitRate: 0.95, wording: '2022年6月底前退出率达95%' }] }) });
    expect(override).toMatchObject({ documentNumber: '发改办财金〔2021〕156号', targets: [{ deadline: '2022-06-30', exitRate: 0.95 }] });
    expect(() => loadLedgerCampaign({ LEDGER_CAMPAIGN_FILE: file({ targets: [{ deadline: '2022-06-30', exitRate: 90, wording: 'x' }] }) })).toThrow(/exitRate/);
  });

  it('makes an entry due a warning 3 calendar months after it entered the ledger (Asia/Shanghai), unless a later period says otherwise', () => {
    const periods = loadRiskWarningPeriods({});
    expect(periods.dueOn(new Date('2021-02-28T16:30:00Z'))).toBe('2021-06-01');
    expect(periods.dueOn(new Date('2021-11-30T10:00:00+08:00'))).toBe('2022-02-28');
    const later = createRiskWarningPeriods([{ effectiveFrom: '2021-01-01', months: 3, source: 'a' }, { effectiveFrom: '2022-01-01', months: 2, source: 'b' }]);
    expect(later.dueOn(new Date('2021-12-31T10:00:00+08:00'))).toBe('2022-03-31');
    expect(later.dueOn(new Date('2022-01-01T10:00:00+08:00'))).toBe('2022-03-01');
    expect(loadRiskWarningPeriods({ RISK_WARNING_PERIODS_FILE: file([{ effectiveFrom: '2021-06-01', months: 1, source: 'c' }]) }).dueOn(new Date('2021-06-10T10:00:00+08:00'))).toBe('2021-07-10');
  });

  it('counts overrides apart: in the denominator, not in the numerator; excluded entries in neither', () => {
    const entries = [
      ...Array.from({ length: 8 }, (_, i) => live(i + 1, 'EXITED', 'CRITERIA_MET')),
      live(9, 'EXITED', 'OVERRIDE'),
      live(10, 'IN_LEDGER'),
      live(11, 'EXCLUDED'),
    ];
    const progress = ledgerProgressOf('430100', entries, DEFAULT_LEDGER_CAMPAIGN, '2021-07-01');
    expect(progress).toMatchObject({ entries: 11, excluded: 1, denominator: 10, inLedger: 1, exitedByCriteria: 8, exitedByOverride: 1, exitRate: 0.8, exitRateWithOverrides: 0.9 });
    expect(progress.targets.map(({ met, shortBy, deadlinePassed }) => ({ met, shortBy, deadlinePassed }))).toEqual([
      { met: false, shortBy: 1, deadlinePassed: true },
      { met: false, shortBy: 2, deadlinePassed: false },
    ]);
    expect(ledgerProgressOf('430100', entries.slice(0, 8), DEFAULT_LEDGER_CAMPAIGN, '2021-07-01').targets.every((target) => target.met)).toBe(true);
    expect(ledgerProgressOf('430100', [], DEFAULT_LEDGER_CAMPAIGN, '2021-07-01')).toMatchObject({ exitRate: null, targets: [{ met: true }, { met: true }] });
  });
});
