import { SUBGRAPH_NAMES, type SubgraphName } from '../../scripts/composeSupergraph';
import { InstitutionEntity } from '../../subgraphs/institutions/entities/InstitutionEntity';
import { DishonestyRecordEntity } from '../../subgraphs/records/entities/DishonestyRecordEntity';
import { InterviewEntity } from '../../subgraphs/records/entities/InterviewEntity';
import { LedgerEntryEntity } from '../../subgraphs/records/entities/LedgerEntryEntity';
import { RepairCaseEntity } from '../../subgraphs/repair/entities/RepairCaseEntity';
import { startTestSystem, type TestSystem } from '../support/startTestSystem';
import { testDrivers } from '../support/testStorage';
import { uscc } from '../support/uscc';

/** Five districts of Changsha, 200 entries each: the ledger of 1,000 entries in one request (a page is at most 200). */
const REGIONS = ['430102', '430103', '430104', '430105', '430111'];
const PER_REGION = 200;
const CHUNK = 100;

const entityCode = (region: number, i: number) => uscc(`9143010${region}MA4S${String(i).padStart(5, '0')}`);

const LEDGER = (first: number) => `{ ${REGIONS.map((region, r) => `r${r}: governanceLedger(region: "${region}", first: ${first}) { nodes {
  id status exclusionReason exitKind recordCount targets subject { uscc }
  measures { interviewUnits correctedAndFulfilled commitmentCollected recordsRepaired recordsToRepair }
  exitCheck { allowed criteria { code met description record { id kind } } }
} }`).join(' ')} }`;

interface Entry { status: string; measures: { commitmentCollected: boolean | null; recordsRepaired: number; interviewUnits: string[] }; exitCheck: { allowed: boolean; criteria: { code: string }[] } }

async function inChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) await insert(rows.slice(start, start + CHUNK));
}

describe.each(testDrivers())('SQL statements of the ledger with measures and exit checks on %s', (driver) => {
  let system: TestSystem;

  beforeAll(async () => {
    const at = new Date('2021-06-01T10:00:00+08:00');
    system = await startTestSystem(driver, { now: () => at });
    // Seeded in bulk through each subgraph's own data source (the workflows are tested elsewhere): the count is what matters here.
    const entities = REGIONS.flatMap((region, r) => Array.from({ length: PER_REGION }, (_, i) => ({ region, uscc: entityCode(r + 2, i), i })));
    const records = system.subgraphs.records.dataSource;
    const recordRows = entities.map(({ region, uscc: code, i }) => records.getRepository(DishonestyRecordEntity).create({
      uscc: code, subjectName: `测试机构${code}`, subjectIdentifiers: [], region, kind: 'ADMINISTRATIVE_PENALTY', severity: 'GENERAL',
      authority: '长沙市市场监督管理局', documentNumber: `长市监罚〔2021〕${region}${i}号`, documentNumberKey: `长市监罚〔2021〕${region}${i}号`,
      decidedAt: '2021-03-01', publicityEndsAt: '2022-03-01', status: 'ACTIVE', summary: '测试', recordedAt: at, sourceKey: null, sourceInputHash: null,
      finding: null, findingBy: null, findingNote: null, findingAt: null, revokedAt: null, revocationReason: null, revocationDocumentNumber: null, revocationDecidedAt: null,
    }));
    await inChunks(recordRows, (chunk) => records.getRepository(DishonestyRecordEntity).save(chunk));
    await inChunks(entities, (chunk) => records.getRepository(LedgerEntryEntity).insert(chunk.map(({ region, uscc: code }) => ({
      uscc: code, region, subjectName: `测试机构${code}`, status: 'IN_LEDGER' as const, exclusionReason: null, addedAt: at, exitedAt: null,
      exitKind: null, exitReason: null, remarks: null, responsibleUnit: null,
    }))));
    await inChunks(entities.filter(({ i }) => i % 2 === 0), (chunk) => records.getRepository(InterviewEntity).insert(chunk.map(({ region, uscc: code }) => ({
      uscc: code, region, units: ['长沙市发展和改革委员会'], conductedAt: '2021-04-01', summary: '约谈。',
    }))));
    // Every other entity is a registered institution (commitment criterion), every third penalty is repaired.
    await inChunks(entities.filter(({ i }) => i % 2 === 0), (chunk) => system.subgraphs.institutions.dataSource.getRepository(InstitutionEntity).save(chunk.map(({ region, uscc: code }) =>
      system.subgraphs.institutions.dataSource.getRepository(InstitutionEntity).create({
        uscc: code, name: `测试机构${code}`, legalRepresentative: '王某', region, industryCode: '7295', businessStatus: 'OPERATING',
        businessStatusReason: null, businessStatusChangedAt: null, registeredAt: at, registeredVia: 'LEAD_UNIT', registeredBy: 'test',
      }))));
    await inChunks(recordRows.filter((_, n) => n % 3 === 0), (chunk) => system.subgraphs.repair.dataSource.getRepository(RepairCaseEntity).insert(chunk.map((record) => ({
      recordId: record.id, uscc: record.uscc ?? '', region: record.region, heldRecordId: record.id, recordKind: record.kind, status: 'APPROVED' as const,
      statement: '已整改', appliedAt: at, decisionDueAt: at, decidedAt: at, decisionNote: '准予修复',
    }))));
  }, 120_000);

  afterAll(async () => {
    await system.close();
  });

  async function ledgerOf(first: number): Promise<{ entries: Entry[]; statements: Record<SubgraphName, number> }> {
    for (const name of SUBGRAPH_NAMES) system.statements[name].reset();
    const result = await system.query<Record<string, { nodes: Entry[] }>>(LEDGER(first));
    expect(result.errors).toBeUndefined();
    const entries = Object.values(result.data ?? {}).flatMap(({ nodes }) => nodes);
    const statements = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, system.statements[name].count])) as Record<SubgraphName, number>;
    return { entries, statements };
  }

  it('costs every subgraph as many statements for the ledger of 1,000 entries as for the ledger of 10', async () => {
    const ten = await ledgerOf(2);
    const thousand = await ledgerOf(PER_REGION);
    expect(ten.entries).toHaveLength(10);
    expect(thousand.entries).toHaveLength(1000);
    expect(thousand.statements).toEqual(ten.statements);
    // The facts of every agency are there: commitments of registered institutions, repairs, interviews.
    expect(thousand.entries.filter(({ measures }) => measures.commitmentCollected === false)).toHaveLength(500);
    expect(thousand.entries.filter(({ measures }) => measures.recordsRepaired === 1).length).toBeGreaterThan(300);
    expect(thousand.entries.filter(({ measures }) => measures.interviewUnits.length === 1)).toHaveLength(500);
    expect(thousand.entries.every(({ exitCheck }) => exitCheck.criteria.some(({ code }) => code === 'NOT_EXCLUDED'))).toBe(true);
  });
});
