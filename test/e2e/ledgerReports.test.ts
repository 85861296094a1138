import { demoUsers, type DemoUser } from '../../subgraphs/kit/demo/demoUsers';
import { LedgerReportEntity } from '../../subgraphs/records/entities/LedgerReportEntity';
import { LedgerReportRowEntity } from '../../subgraphs/records/entities/LedgerReportRowEntity';
import { startTestSystem, type QueryOptions, type TestSystem } from '../support/startTestSystem';
import { testDrivers } from '../support/testStorage';
import { uscc } from '../support/uscc';

const REPORT_FIELDS = `id region regionName period version current submittedAt submittedBy dueAt late note entryCount
  rows(first: 100) { totalCount nodes { serial entryId uscc region subjectName recordCount interview correction commitment repair keySupervision exited remarks responsibleUnit } }`;
const SUBMIT = `mutation ($region: RegionCode!, $period: String!, $note: String) { submitLedgerReport(region: $region, period: $period, note: $note) { ${REPORT_FIELDS} } }`;
const REPORT = `query ($id: ID!) { ledgerReport(id: $id) { ${REPORT_FIELDS} } }`;
const REPORTS = `query ($region: RegionCode, $period: String, $all: Boolean) {
  ledgerReports(region: $region, period: $period, allVersions: $all, first: 50) { totalCount nodes { id region period version current } }
}`;
const MISSING = `query ($period: String!, $region: RegionCode) { missingLedgerReports(period: $period, region: $region) { region regionName entryCount dueAt overdue } }`;
const RECORD = `mutation ($input: RecordDishonestyInput!) { recordDishonesty(input: $input) { id } }`;
const LIVE = `query ($region: RegionCode!) { governanceLedger(region: $region, first: 50) { nodes { id status subject { uscc } measures { commitmentCollected } } } }`;
const REGISTER = `mutation ($input: RegisterInstitutionInput!) { registerInstitution(input: $input) { uscc } }`;
const STATUS = `mutation ($uscc: USCC!, $reason: String) { updateBusinessStatus(uscc: $uscc, status: DEREGISTERED, reason: $reason) { uscc businessStatus } }`;

interface Row {
  serial: number; entryId: string; uscc: string; region: string; subjectName: string; recordCount: number; interview: string; correction: string;
  commitment: string; repair: string; keySupervision: string; exited: string; remarks: string; responsibleUnit: string;
}
interface Report {
  id: string; region: string; regionName: string | null; period: string; version: number; current: boolean; submittedAt: string; submittedBy: string;
  dueAt: string; late: boolean; note: string | null; entryCount: number; rows: { totalCount: number; nodes: Row[] };
}
interface Missing { region: string; regionName: string | null; entryCount: number; dueAt: string; overdue: boolean }
type Errors = { errors?: { message: string; extensions?: Record<string, unknown> }[] };

const leadUnit = (region: string): DemoUser => ({ role: 'LEAD_UNIT', subject: `lead-${region}`, region });

let serial = 0;
const nextEntity = () => uscc(`91430104MA4R${String(++serial).padStart(5, '0')}`);

describe.each(testDrivers())('monthly ledger reports through the gateway on %s', (driver) => {
  let system: TestSystem;
  let clock = new Date('2026-10-09T10:00:00+08:00');
  const at = (iso: string) => {
    clock = new Date(iso);
  };

  beforeAll(async () => {
    system = await startTestSystem(driver, { now: () => clock });
  });

  afterAll(async () => {
    await system.close();
  });

  const codeOf = (result: Errors) => result.errors?.[0]?.extensions?.code;
  const fieldOf = (result: Errors) => result.errors?.[0]?.extensions?.field;
  const reportCount = () => system.subgraphs.records.dataSource.getRepository(LedgerReportEntity).count();
  const rowCount = () => system.subgraphs.records.dataSource.getRepository(LedgerReportRowEntity).count();

  const submit = (region: string, period: string, note?: string, options: QueryOptions = { as: leadUnit(region) }) =>
    system.query<{ submitLedgerReport: Report | null }>(SUBMIT, { region, period, note }, options);
  const submitted = async (region: string, period: string, note?: string) => {
    const result = await submit(region, period, note);
    expect(result.errors).toBeUndefined();
    const report = result.data?.submitLedgerReport;
    if (!report) throw new Error('no report');
    return report;
  };
  const missing = async (period: string, region: string | undefined, as: DemoUser) => {
    const result = await system.query<{ missingLedgerReports: Missing[] | null }>(MISSING, { period, region }, { as });
    expect(result.errors).toBeUndefined();
    return result.data?.missingLedgerReports ?? [];
  };
  const recordPenalty = async (subjectUscc: string, region: string, name: string) => {
    const result = await system.query(RECORD, {
      input: {
        subjectUscc, subjectName: name, region, kind: 'ADMINISTRATIVE_PENALTY', authority: '市场监督管理局',
        documentNumber: `月报测试罚〔2024〕${serial}号`, decidedAt: clock.toISOString().slice(0, 10), summary: '虚假宣传，罚款。',
      },
    });
    expect(result.errors).toBeUndefined();
  };

  describe('due dates on the official calendar (the 5th working day of the month after the period, Asia/Shanghai)', () => {
    it.each([
      // National Day 2026 (10-01 to 10-07) and the adjusted working Saturday 10-10: 10-08, 10-09, 10-10, 10-12, 10-13.
      ['2026-09', '430121', '2026-10-13T23:59:00+08:00', '2026-10-13T23:59:59.999+08:00', false],
      ['2026-09', '430122', '2026-10-14T00:00:01+08:00', '2026-10-13T23:59:59.999+08:00', true],
      // Spring Festival 2025 (01-28 to 02-04) and the adjusted working Saturday 02-08: 02-05, 02-06, 02-07, 02-08, 02-10.
      ['2025-01', '430121', '2025-02-10T18:00:00+08:00', '2025-02-10T23:59:59.999+08:00', false],
      ['2025-01', '430122', '2025-02-11T09:00:00+08:00', '2025-02-10T23:59:59.999+08:00', true],
      // Before Spring Festival 2026 (02-15 to 02-23): the first working week of February.
      ['2026-01', '430121', '2026-02-06T09:00:00+08:00', '2026-02-06T23:59:59.999+08:00', false],
      // National Day 2024: the 5th working day is the adjusted working Saturday 2024-10-12.
      ['2024-09', '430121', '2024-10-13T09:00:00+08:00', '2024-10-12T23:59:59.999+08:00', true],
    ])('the report for %s of %s submitted at %s is due %s (late: %s)', async (period, region, now, dueAt, late) => {
      at(now);
      const report = await submitted(region, period);
      expect(report).toMatchObject({ region, period, version: 1, current: true, dueAt, late, submittedBy: `lead-${region}`, entryCount: 0 });
      expect(new Date(report.submittedAt).getTime()).toBe(new Date(now).getTime());
    });

    it('refuses a period whose due date the calendar does not know (2027) with an error naming the date, storing nothing', async () => {
      at('2027-01-04T10:00:00+08:00');
      const before = await reportCount();
      const result = await submit('430121', '2026-12');
      expect(codeOf(result)).toBe('SERVICE_UNAVAILABLE');
      expect(result.errors?.[0].message).toContain('2027-01-01');
      expect(result.errors?.[0].message).toContain('2004–2026');
      expect(await reportCount()).toBe(before);
      const asked = await system.query(MISSING, { period: '2026-12' }, { as: demoUsers.national });
      expect(codeOf(asked)).toBe('SERVICE_UNAVAILABLE');
      expect(asked.errors?.[0].message).toContain('2027-01-01');
    });
  });

  describe('submitLedgerReport', () => {
    it('stores the Annex 1 facts as they were: a fact changed afterwards in institutions changes the live ledger, not the report', async () => {
      at('2026-09-10T10:00:00+08:00');
      const subject = nextEntity();
      await recordPenalty(subject, '430104', '岳麓月报测试信用服务有限公司');
      at('2026-10-09T10:00:00+08:00');
      const report = await submitted('430104', '2026-09');
      expect(report).toMatchObject({ region: '430104', regionName: '岳麓区', entryCount: 1, late: false, dueAt: '2026-10-13T23:59:59.999+08:00' });
      const stored = {
        serial: 1, uscc: subject, region: '430104', subjectName: '岳麓月报测试信用服务有限公司', recordCount: 1, interview: '未约谈',
        commitment: '不适用（非登记信用服务机构）', exited: '否', keySupervision: '否', remarks: '', responsibleUnit: '',
      };
      expect(report.rows).toEqual({ totalCount: 1, nodes: [expect.objectContaining(stored)] });

      // institutions registers the entity and then deregisters it: the live ledger follows.
      const registered = await system.query(REGISTER, { input: { uscc: subject, name: '岳麓月报测试信用服务有限公司', legalRepresentative: '李四', region: '430104' } });
      expect(registered.errors).toBeUndefined();
      let live = await system.query<{ governanceLedger: { nodes: { status: string; measures: { commitmentCollected: boolean | null } }[] } }>(LIVE, { region: '430104' });
      expect(live.data?.governanceLedger.nodes).toEqual([expect.objectContaining({ status: 'IN_LEDGER', measures: { commitmentCollected: false } })]);
      const deregistered = await system.query(STATUS, { uscc: subject, reason: '已注销' });
      expect(deregistered.errors).toBeUndefined();
      live = await system.query(LIVE, { region: '430104' });
      expect(live.data?.governanceLedger.nodes).toEqual([expect.objectContaining({ status: 'EXCLUDED' })]);

      const reread = await system.query<{ ledgerReport: Report | null }>(REPORT, { id: report.id }, { as: demoUsers.hunan });
      expect(reread.errors).toBeUndefined();
      expect(reread.data?.ledgerReport).toEqual(report);

      // A correction is a new version (with its reason); the first stays as it was.
      const unexplained = await submit('430104', '2026-09');
      expect(codeOf(unexplained)).toBe('BAD_USER_INPUT');
      expect(fieldOf(unexplained)).toBe('note');
      const corrected = await submitted('430104', '2026-09', '该机构已注销，剔除出台账');
      expect(corrected).toMatchObject({ version: 2, current: true, entryCount: 0, note: '该机构已注销，剔除出台账', rows: { totalCount: 0, nodes: [] } });
      const first = await system.query<{ ledgerReport: Report | null }>(REPORT, { id: report.id });
      expect(first.data?.ledgerReport).toEqual({ ...report, current: false });

      const current = await system.query<{ ledgerReports: { nodes: { id: string; version: number }[] } }>(REPORTS, { region: '430104', period: '2026-09' });
      expect(current.data?.ledgerReports.nodes.map((node) => node.version)).toEqual([2]);
      const all = await system.query<{ ledgerReports: { nodes: { id: string; version: number; current: boolean }[] } }>(REPORTS, { region: '430104', period: '2026-09', all: true });
      expect(all.data?.ledgerReports.nodes).toEqual([
        expect.objectContaining({ id: corrected.id, version: 2, current: true }),
        expect.objectContaining({ id: report.id, version: 1, current: false }),
      ]);

      const audit = await system.query<{ recordsAuditLog: { nodes: { operation: string; actor: string; objectId: string; summary: string }[] } }>(
        '{ recordsAuditLog(first: 3) { nodes { operation actor objectId summary } } }',
      );
      expect(audit.data?.recordsAuditLog.nodes[0]).toMatchObject({ operation: 'submitLedgerReport', actor: 'lead-430104', objectId: corrected.id });
    });

    it('stores one first version when two first reports race (the other is a correction without its note, or CONFLICT)', async () => {
      at('2026-10-09T10:00:00+08:00');
      const results = await Promise.all([submit('430181', '2026-09'), submit('430181', '2026-09')]);
      const stored = results.filter((result) => !result.errors);
      expect(stored).toHaveLength(1);
      expect(stored[0].data?.submitLedgerReport).toMatchObject({ version: 1, current: true });
      expect(['BAD_USER_INPUT', 'CONFLICT']).toContain(codeOf(results.find((result) => result.errors) ?? {}));
      const versions = await system.query<{ ledgerReports: { totalCount: number } }>(REPORTS, { region: '430181', period: '2026-09', all: true });
      expect(versions.data?.ledgerReports.totalCount).toBe(1);
    });

    it.each([
      ['the national regulator (it receives reports)', demoUsers.national, '430104', 'FORBIDDEN', undefined],
      ['a province for one of its counties (each region reports its own)', demoUsers.hunan, '430104', 'FORBIDDEN', undefined],
      ['a county for another county', demoUsers.furong, '430104', 'FORBIDDEN', undefined],
      ['an institution', demoUsers.changshaCredit, '430102', 'FORBIDDEN', undefined],
    ])('refuses %s, storing nothing', async (_case, as, region, code, field) => {
      at('2026-10-09T10:00:00+08:00');
      const before = await reportCount();
      const result = await submit(region, '2026-09', undefined, { as });
      expect(codeOf(result)).toBe(code);
      expect(fieldOf(result)).toBe(field);
      expect(await reportCount()).toBe(before);
    });

    it.each([
      ['a month that is not over', '2026-10'],
      ['a month in the future', '2026-11'],
      ['no month', '2026-13'],
      ['a month before the campaign reported', '2020-12'],
    ])('refuses %s as BAD_USER_INPUT on period', async (_case, period) => {
      at('2026-10-09T10:00:00+08:00');
      const before = [await reportCount(), await rowCount()];
      const result = await submit('430104', period);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(fieldOf(result)).toBe('period');
      expect([await reportCount(), await rowCount()]).toEqual(before);
    });
  });

  describe('missingLedgerReports', () => {
    const hubei = '420000';
    beforeAll(async () => {
      at('2024-11-05T10:00:00+08:00');
      await recordPenalty(uscc('91430102MA4Q00001'), '430102', '芙蓉月报测试一公司');
      await recordPenalty(uscc('91430102MA4Q00002'), '430102', '芙蓉月报测试二公司');
      await recordPenalty(uscc('91430104MA4Q00003'), '430104', '岳麓月报测试公司');
      await recordPenalty(uscc('91430100MA4Q00004'), '430100', '长沙市级月报测试公司');
      await recordPenalty(uscc('91110105MA4Q00005'), '110105', '朝阳月报测试公司');
      await recordPenalty(uscc('91420106MA4Q00006'), '420106', '江汉月报测试公司');
      at('2024-12-02T10:00:00+08:00');
      // Added after November: not expected in November's reports.
      await recordPenalty(uscc('91440305MA4Q00007'), '440305', '南山月报测试公司');
      await submitted('430000', '2024-11');
      await submitted('430102', '2024-11');
    });

    const due = '2024-12-06T23:59:59.999+08:00';

    it('shows the national regulator the provinces with entries and no report, each due with whether it is overdue now', async () => {
      at('2024-12-02T10:00:00+08:00');
      expect(await missing('2024-11', undefined, demoUsers.national)).toEqual([
        { region: '110000', regionName: '北京市', entryCount: 1, dueAt: due, overdue: false },
        { region: hubei, regionName: '湖北省', entryCount: 1, dueAt: due, overdue: false },
      ]);
      at('2024-12-09T10:00:00+08:00');
      expect((await missing('2024-11', undefined, demoUsers.national)).map(({ region, overdue }) => [region, overdue])).toEqual([['110000', true], [hubei, true]]);
    });

    it("shows a province's cities and counties that have not reported, to the national regulator and to the province", async () => {
      at('2024-12-02T10:00:00+08:00');
      const hunan = [
        { region: '430100', regionName: '长沙市', entryCount: 4, dueAt: due, overdue: false },
        { region: '430104', regionName: '岳麓区', entryCount: 1, dueAt: due, overdue: false },
      ];
      expect(await missing('2024-11', '430000', demoUsers.national)).toEqual(hunan);
      expect(await missing('2024-11', undefined, demoUsers.hunan)).toEqual(hunan);
      expect(await missing('2024-11', undefined, demoUsers.changsha)).toEqual([hunan[1]]);
      // A municipality's districts sit right under it: no 110100 市辖区 is expected to report.
      expect(await missing('2024-11', '110000', demoUsers.national)).toEqual([{ region: '110105', regionName: '朝阳区', entryCount: 1, dueAt: due, overdue: false }]);
    });

    it('counts only the entries added by the end of the period', async () => {
      at('2025-01-02T10:00:00+08:00');
      expect((await missing('2024-12', undefined, demoUsers.national)).map(({ region }) => region)).toEqual(['110000', hubei, '430000', '440000']);
    });

    it.each([
      ['a lead unit asking about a region above its own', demoUsers.changsha, '430000', 'FORBIDDEN'],
      ['a lead unit asking about another province', demoUsers.beijing, '430000', 'FORBIDDEN'],
      ['an institution', demoUsers.changshaCredit, undefined, 'FORBIDDEN'],
      ['a service', demoUsers.service, undefined, 'FORBIDDEN'],
    ])('refuses %s', async (_case, as, region, code) => {
      at('2024-12-02T10:00:00+08:00');
      expect(codeOf(await system.query(MISSING, { period: '2024-11', region }, { as }))).toBe(code);
    });
  });
});
