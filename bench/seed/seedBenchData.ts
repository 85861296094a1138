import type { DataSource } from 'typeorm';
import type { SubgraphName } from '../../scripts/composeSupergraph';
import { benchHandles } from './benchHandles';
import { insertBenchTables } from './benchTable';
import { buildComplaintsTables } from './buildComplaintsTables';
import { buildInstitutionsTables } from './buildInstitutionsTables';
import { buildRecordsTables } from './buildRecordsTables';
import { buildRepairTables } from './buildRepairTables';
import { planBenchWorld } from './planBenchWorld';

/** The ledger sizes the growth scenario reads, at scale 1. */
export type LedgerSize = 100 | 1000 | 5000;

export interface BenchDataSet {
  seed: number;
  /** 1 for the national-scale data set; the tests use a small fraction. */
  scale: number;
  /** Rows inserted per subgraph and table, e.g. { institutions: { institution: 12100, ... }, records: {...}, ... } */
  rows: Record<SubgraphName, Record<string, number>>;
  /** Search terms (part of a name) for which the public directory finds ≥ 20 operating institutions. */
  directoryTerms: string[];
  /** Registered, operating institutions with records, complaints, a repair case with confirmation requests and a ledger entry: one entity's cross-agency view. */
  crossAgencyUsccs: string[];
  /** A region whose governanceLedger holds exactly 100 / 1,000 / 5,000 entries (at scale 1), each with facts in all four agencies (measures, exitCheck). */
  ledgerRegions: Record<LedgerSize, string>;
  /** The exact number of entries in each of ledgerRegions' ledgers (the key itself at scale 1). */
  ledgerCounts: Record<LedgerSize, number>;
  /** A lead unit's region (province or city) with ≥ 200 complaints (at scale 1) about institutions that have records. */
  leadUnitRegion: string;
  /** Operating institutions to file new complaints about (region, uscc, name). */
  submissionTargets: { region: string; uscc: string; name: string }[];
}

export interface SeedOptions {
  seed: number;
  /** Fraction of the national-scale sizes (default 1); each ledger keeps at least one entry. */
  scale?: number;
}

/**
 * Seeds the benchmark's data set into migrated, empty databases, in bulk through each subgraph's
 * own entities (so personal data is encrypted and tokens hashed as the API expects). Every row
 * follows from `seed`: the same seed gives the same rows.
 */
export async function seedBenchData(dataSources: Record<SubgraphName, DataSource>, options: SeedOptions): Promise<BenchDataSet> {
  const { seed } = options;
  const scale = options.scale ?? 1;
  const world = planBenchWorld(seed, scale);
  const records = buildRecordsTables(world, seed, scale);
  const repair = buildRepairTables(world, records.records, seed);
  const complaints = buildComplaintsTables(world, seed, scale);
  // Four databases: on MySQL they fill in parallel; SQLite's synchronous driver takes them in turn.
  const [institutionsRows, recordsRows, complaintsRows, repairRows] = await Promise.all([
    insertBenchTables(dataSources.institutions, buildInstitutionsTables(world, seed)),
    insertBenchTables(dataSources.records, records.tables),
    insertBenchTables(dataSources.complaints, complaints.tables),
    insertBenchTables(dataSources.repair, repair.tables),
  ]);
  return {
    seed,
    scale,
    rows: { institutions: institutionsRows, records: recordsRows, complaints: complaintsRows, repair: repairRows },
    ...benchHandles(world, { confirmedSubjects: repair.confirmedSubjects, complainedAbout: complaints.complainedAbout }),
  };
}
