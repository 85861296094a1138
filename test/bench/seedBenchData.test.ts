import type { DataSource } from 'typeorm';
import { digestBenchRows } from '../../bench/seed/digestBenchRows';
import { seedBenchData, type BenchDataSet, type LedgerSize } from '../../bench/seed/seedBenchData';
import { allSubgraphs } from '../../scripts/allSubgraphs';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../scripts/composeSupergraph';
import { ComplaintEntity } from '../../subgraphs/complaints/entities/ComplaintEntity';
import { tokenFor } from '../../subgraphs/complaints/tokens/complaintTokens';
import { createDataSource } from '../../subgraphs/kit/data/createDataSource';
import { startTestSystem, type TestSystem } from '../support/startTestSystem';
import { createTestStorage, testDrivers, type Driver, type TestStorage } from '../support/testStorage';

/** 2 % of the national scale: the ledgers hold 2, 20 and 100 entries. */
const SCALE = 0.02;
const SEED = 7;

interface Page<T> { totalCount: number; nodes: T[] }

/** Fresh, migrated databases for the four subgraphs (no system), to seed again and compare. */
async function freshDataSources(storage: TestStorage): Promise<Record<SubgraphName, DataSource>> {
  const open = async (name: SubgraphName) => {
    const dataSource = await createDataSource({ storage: storage.storageFor(name), entities: allSubgraphs[name].entities, migrations: allSubgraphs[name].migrations });
    await dataSource.runMigrations({ transaction: 'each' });
    return dataSource;
  };
  const [institutions, records, complaints, repair] = await Promise.all([open('institutions'), open('records'), open('complaints'), open('repair')]);
  return { institutions, records, complaints, repair };
}

async function digestOfSeed(driver: Driver, seed: number): Promise<string> {
  const storage = createTestStorage(driver);
  const dataSources = await freshDataSources(storage);
  try {
    await seedBenchData(dataSources, { seed, scale: SCALE });
    return await digestBenchRows(dataSources);
  } finally {
    for (const dataSource of Object.values(dataSources)) await dataSource.destroy();
    await storage.cleanup();
  }
}

describe.each(testDrivers())('the benchmark data set on %s', (driver) => {
  let system: TestSystem;
  let dataSet: BenchDataSet;
  const dataSources = () => Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, system.subgraphs[name].dataSource]));

  beforeAll(async () => {
    system = await startTestSystem(driver);
    dataSet = await seedBenchData({
      institutions: system.subgraphs.institutions.dataSource, records: system.subgraphs.records.dataSource,
      complaints: system.subgraphs.complaints.dataSource, repair: system.subgraphs.repair.dataSource,
    }, { seed: SEED, scale: SCALE });
  }, 120_000);

  afterAll(async () => {
    await system.close();
  });

  it('gives the same rows for the same seed and other rows for another', async () => {
    const seeded = await digestBenchRows(dataSources());
    expect(await digestOfSeed(driver, SEED)).toBe(seeded);
    expect(await digestOfSeed(driver, SEED + 1)).not.toBe(seeded);
  }, 120_000);

  it('counts the rows it inserted, in the proportions of the national scale', async () => {
    expect(dataSet.rows.institutions.institution).toBeGreaterThanOrEqual(10_000 * SCALE);
    expect(dataSet.rows.records.dishonesty_record).toBe(30_000 * SCALE);
    expect(dataSet.rows.complaints.complaint).toBe(20_000 * SCALE);
    expect(dataSet.rows.repair.repair_case).toBeGreaterThanOrEqual(5_000 * SCALE);
    expect(dataSet.rows.records.ledger_entry).toBe(6_100 * SCALE);
    const stored = await system.subgraphs.complaints.dataSource.getRepository(ComplaintEntity).count();
    expect(stored).toBe(dataSet.rows.complaints.complaint);
  });

  it('finds at least 20 operating institutions in the public directory for each search term', async () => {
    expect(dataSet.directoryTerms.length).toBeGreaterThan(0);
    for (const term of dataSet.directoryTerms) {
      const result = await system.query<{ directory: Page<never> }>('query($q: String) { directory(query: $q, first: 1) { totalCount } }', { q: term }, { as: null });
      expect(result.errors).toBeUndefined();
      expect(result.data?.directory.totalCount).toBeGreaterThanOrEqual(20);
    }
  });

  it("shows each cross-agency entity's facts in all four agencies", async () => {
    expect(dataSet.crossAgencyUsccs.length).toBeGreaterThan(0);
    interface View {
      institution: { businessStatus: string } | null;
      dishonestyRecords: Page<never>;
      ledgerEntries: { id: string }[];
      complaints: Page<never>;
      repairCases: Page<{ confirmationRequests: { kind: string }[] }>;
    }
    for (const uscc of dataSet.crossAgencyUsccs.slice(0, 5)) {
      const result = await system.query<{ marketEntity: View }>(`query($uscc: USCC!) { marketEntity(uscc: $uscc) {
        institution { businessStatus } dishonestyRecords(first: 1) { totalCount } ledgerEntries { id }
        complaints(first: 1) { totalCount } repairCases(first: 5) { totalCount nodes { confirmationRequests { kind } } }
      } }`, { uscc });
      expect(result.errors).toBeUndefined();
      const view = result.data?.marketEntity;
      expect(view?.institution?.businessStatus).toBe('OPERATING');
      expect(view?.dishonestyRecords.totalCount).toBeGreaterThan(0);
      expect(view?.ledgerEntries).toHaveLength(1);
      expect(view?.complaints.totalCount).toBeGreaterThan(0);
      expect(view?.repairCases.nodes.some(({ confirmationRequests }) => confirmationRequests.length > 0)).toBe(true);
    }
  });

  it('holds ledgers of exactly the promised sizes, each entry with facts in all four agencies', async () => {
    interface Entry {
      recordCount: number;
      subject: { institution: { uscc: string } | null; complaintCount: number; repairCases: Page<never> };
      measures: { recordsToRepair: number };
      exitCheck: { criteria: { code: string }[] };
    }
    const sizes: LedgerSize[] = [100, 1000, 5000];
    expect(sizes.map((size) => dataSet.ledgerCounts[size])).toEqual([100, 1000, 5000].map((size) => Math.round(size * SCALE)));
    for (const size of sizes) {
      const result = await system.query<{ governanceLedger: Page<Entry> }>(`query($region: RegionCode!) { governanceLedger(region: $region, first: 200) {
        totalCount nodes { recordCount subject { institution { uscc } complaintCount repairCases(first: 1) { totalCount } }
        measures { recordsToRepair } exitCheck { criteria { code } } }
      } }`, { region: dataSet.ledgerRegions[size] });
      expect(result.errors).toBeUndefined();
      const ledger = result.data?.governanceLedger;
      expect(ledger?.totalCount).toBe(dataSet.ledgerCounts[size]);
      expect(ledger?.nodes).toHaveLength(dataSet.ledgerCounts[size]);
      for (const entry of ledger?.nodes ?? []) {
        expect(entry.recordCount).toBeGreaterThan(0);
        expect(entry.subject.institution).not.toBeNull();
        expect(entry.subject.complaintCount).toBeGreaterThanOrEqual(2);
        expect(entry.subject.repairCases.totalCount).toBeGreaterThan(0);
        expect(entry.measures.recordsToRepair).toBeGreaterThan(0);
        expect(entry.exitCheck.criteria.map(({ code }) => code)).toContain('NOT_EXCLUDED');
      }
    }
  }, 60_000);

  it("gives the lead unit's region two complaints about each of its ledger's entities, all with records", async () => {
    const region = dataSet.leadUnitRegion;
    const result = await system.query<{ complaints: Page<{ content: string; subject: { recordCount: number } | null }> }>(
      '{ complaints(first: 50) { totalCount nodes { content subject { recordCount } } } }', {},
      { as: { role: 'LEAD_UNIT', subject: 'bench-lead-unit', region } },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.complaints.totalCount).toBeGreaterThanOrEqual(2 * dataSet.ledgerCounts[5000]);
    const nodes = result.data?.complaints.nodes ?? [];
    expect(nodes).toHaveLength(50);
    // Encrypted at rest, in clear for the lead unit that handles them.
    for (const { content } of nodes) expect(content).toMatch(/（\d{6}）$/);
    expect(nodes.filter(({ subject }) => (subject?.recordCount ?? 0) > 0).length).toBeGreaterThan(0);
  });

  it("answers a complaint's status with the token the product derives for it (stored hashed)", async () => {
    const [complaint] = await system.subgraphs.complaints.dataSource.getRepository(ComplaintEntity).find({ order: { id: 'ASC' }, take: 1 });
    const result = await system.query<{ complaintStatus: { status: string } | null }>(
      'query($n: String!, $t: String!) { complaintStatus(trackingNumber: $n, token: $t) { status } }',
      { n: complaint.trackingNumber, t: tokenFor(complaint.trackingNumber) }, { as: null },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.complaintStatus?.status).toBe(complaint.status);
  });

  it('names operating institutions the public can file complaints about', async () => {
    expect(dataSet.submissionTargets.length).toBeGreaterThan(0);
    for (const target of dataSet.submissionTargets.slice(0, 3)) {
      const result = await system.query<{ directory: Page<{ name: string; region: string }> }>(
        'query($q: String) { directory(query: $q) { totalCount nodes { name region } } }', { q: target.uscc }, { as: null },
      );
      expect(result.data?.directory.nodes).toEqual([{ name: target.name, region: target.region }]);
    }
  });
});
