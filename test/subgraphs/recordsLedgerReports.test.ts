import { createDataSource } from '../../subgraphs/kit/data/createDataSource';
import type { Identity } from '../../subgraphs/kit/identity/identity';
import { recordsEntities } from '../../subgraphs/records/entities';
import { LedgerReportEntity } from '../../subgraphs/records/entities/LedgerReportEntity';
import { LedgerReportRowEntity } from '../../subgraphs/records/entities/LedgerReportRowEntity';
import { recordsMigrations } from '../../subgraphs/records/migrations';
import { AddLedgerReports1765000003000 } from '../../subgraphs/records/migrations/AddLedgerReports1765000003000';
import { recordsSubgraph } from '../../subgraphs/records/recordsSubgraph';
import { startFakeGateway, type FakeGateway } from '../support/startFakeGateway';
import { startTestSubgraph, type TestSubgraph } from '../support/startTestSubgraph';
import { createTestStorage, testDrivers, type TestStorage } from '../support/testStorage';
import { uscc } from '../support/uscc';

/** The slice of the supergraph the monthly report asks about. */
const LEDGER_SDL = `
  scalar RegionCode
  type Query { governanceLedger(region: RegionCode!, period: String, first: Int, after: String): LedgerEntryConnection }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type LedgerEntryConnection { totalCount: Int! pageInfo: PageInfo! nodes: [LedgerEntry!]! }
  type MarketEntity { uscc: String! }
  type KeySupervision { grade: String! businessSuspended: Boolean! }
  type LedgerMeasures {
    interviewUnits: [String!]! correctedAndFulfilled: Boolean! commitmentCollected: Boolean
    recordsRepaired: Int! recordsToRepair: Int! keySupervision: KeySupervision
  }
  type LedgerEntry {
    id: ID! region: String! subject: MarketEntity! subjectName: String! recordCount: Int! status: String! exclusionReason: String
    exitKind: String measures: LedgerMeasures! remarks: String responsibleUnit: String
  }
`;

const ENTRIES = 450;
/** Every 10th entry is EXCLUDED (left out of Annex 1), every 7th under key supervision. */
const entry = (n: number) => ({
  id: String(n),
  region: n % 2 ? '430102' : '430104',
  subject: { uscc: uscc(`91430102MA4P${String(n).padStart(5, '0')}`) },
  subjectName: `报送测试${n}号公司`,
  recordCount: 1 + (n % 3),
  status: n % 10 === 0 ? 'EXCLUDED' : 'IN_LEDGER',
  exclusionReason: n % 10 === 0 ? '已注销' : null,
  exitKind: null,
  measures: {
    interviewUnits: n % 2 ? ['长沙市芙蓉区发展和改革局'] : [], correctedAndFulfilled: false, commitmentCollected: n % 3 === 0 ? null : true,
    recordsRepaired: 0, recordsToRepair: 1 + (n % 3), keySupervision: n % 7 === 0 ? { grade: 'B', businessSuspended: true } : null,
  },
  remarks: null,
  responsibleUnit: '长沙市发展和改革委员会',
});
const LEDGER = Array.from({ length: ENTRIES }, (_, i) => entry(i + 1));

const HUNAN: Identity = { role: 'LEAD_UNIT', subject: 'hunan-lead-1', region: '430000' };
const SUBMIT = `mutation { submitLedgerReport(region: "430000", period: "2026-09") {
  id entryCount late rows(first: 200) { totalCount nodes { serial entryId uscc region subjectName interview commitment keySupervision exited } }
} }`;

describe.each(testDrivers())('records monthly reports on %s (subgraph with a stand-in gateway)', (driver) => {
  let storage: TestStorage;
  let gateway: FakeGateway;
  let subgraph: TestSubgraph;
  let failing = false;

  beforeAll(async () => {
    storage = createTestStorage(driver);
    gateway = await startFakeGateway(LEDGER_SDL, {
      governanceLedger: ({ first, after }: { first: number; after: string | null }) => {
        if (failing && after) throw new Error('repair is unavailable');
        const start = after ? Number(after) : 0;
        const nodes = LEDGER.slice(start, start + first);
        return { totalCount: ENTRIES, nodes, pageInfo: { hasNextPage: start + first < ENTRIES, endCursor: String(start + nodes.length) } };
      },
    });
    subgraph = await startTestSubgraph(recordsSubgraph, storage.storageFor('records'), {
      now: () => new Date('2026-10-09T10:00:00+08:00'),
      gatewayUrl: () => gateway.url,
    });
  });

  afterAll(async () => {
    await subgraph.close();
    await gateway.close();
    await storage.cleanup();
  });

  const reports = () => subgraph.dataSource.getRepository(LedgerReportEntity).count();
  const rows = () => subgraph.dataSource.getRepository(LedgerReportRowEntity).count();

  it('reads every page of the ledger from the gateway as the records service and stores the Annex 1 rows in ledger order', async () => {
    const result = await subgraph.request<{ submitLedgerReport: { entryCount: number; late: boolean; rows: { totalCount: number; nodes: Record<string, unknown>[] } } }>(SUBMIT, {}, { identity: HUNAN });
    expect(result.errors).toBeUndefined();
    const report = result.data?.submitLedgerReport;
    const kept = LEDGER.filter((e) => e.status !== 'EXCLUDED');
    expect(report).toMatchObject({ entryCount: kept.length, late: false, rows: { totalCount: kept.length } });
    expect(report?.rows.nodes[0]).toEqual({
      serial: 1, entryId: '1', uscc: kept[0].subject.uscc, region: '430102', subjectName: '报送测试1号公司',
      interview: '长沙市芙蓉区发展和改革局已约谈', commitment: '已归集上报', keySupervision: '否', exited: '否',
    });
    expect(report?.rows.nodes.find((row) => row.entryId === '14')).toMatchObject({ region: '430104', interview: '未约谈', keySupervision: '是（B级），已暂停其开展相关业务' });
    expect(report?.rows.nodes.map((row) => row.serial)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(report?.rows.nodes.some((row) => row.entryId === '10')).toBe(false);

    const asked = gateway.requests.filter((request) => request.query.includes('governanceLedger'));
    expect(asked.map((request) => request.variables.after)).toEqual([null, '200', '400']);
    expect(asked.every((request) => request.variables.region === '430000' && String(request.headers.authorization).startsWith('Bearer '))).toBe(true);
  });

  it('stores nothing when the gateway cannot answer a later page (SERVICE_UNAVAILABLE)', async () => {
    const before = [await reports(), await rows()];
    failing = true;
    try {
      const result = await subgraph.request(SUBMIT.replace('period: "2026-09"', 'period: "2026-09", note: "更正"'), {}, { identity: HUNAN });
      expect(result.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      failing = false;
    }
    expect([await reports(), await rows()]).toEqual(before);
  });

  it("lists reports with their rows in a number of statements that does not grow with the reports or their rows", async () => {
    const statementsFor = async (first: number) => {
      subgraph.statements.reset();
      const result = await subgraph.request(`{ ledgerReports(first: ${first}, allVersions: true) { totalCount nodes { id current rows(first: 50) { totalCount nodes { serial commitment } } } } }`);
      expect(result.errors).toBeUndefined();
      return subgraph.statements.count;
    };
    const note = (n: number) => `mutation { submitLedgerReport(region: "430000", period: "2026-09", note: "更正${n}") { id } }`;
    for (const n of [1, 2]) expect((await subgraph.request(note(n), {}, { identity: HUNAN })).errors).toBeUndefined();
    expect(await statementsFor(3)).toBe(await statementsFor(1));
  });
});

describe.each(testDrivers())('records ledger-report migration on %s', (driver) => {
  let storage: TestStorage;

  beforeAll(() => {
    storage = createTestStorage(driver);
  });

  afterAll(async () => {
    await storage.cleanup();
  });

  it('creates the report tables with a unique version per region and period, and drops them going down', async () => {
    const reportsAt = recordsMigrations.indexOf(AddLedgerReports1765000003000);
    const dataSource = await createDataSource({ storage: storage.storageFor('records_reports'), entities: recordsEntities, migrations: recordsMigrations });
    try {
      await dataSource.runMigrations({ transaction: 'each' });
      const report = { region: '430000', period: '2026-09', version: 1, submittedAt: new Date(), submittedBy: 'hunan-lead-1', dueAt: new Date(), late: false, note: null, entryCount: 0 };
      await dataSource.getRepository(LedgerReportEntity).insert(report);
      await expect(dataSource.getRepository(LedgerReportEntity).insert(report)).rejects.toThrow();
      for (let undone = recordsMigrations.length; undone > reportsAt; undone--) await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await dataSource.createQueryRunner().hasTable('ledger_report')).toBe(false);
      expect(await dataSource.createQueryRunner().hasTable('ledger_report_row')).toBe(false);
    } finally {
      await dataSource.destroy();
    }
  });
});
