// STAND-IN until helper "seed" lands bench/seed/seedBenchData.ts: its types (as landed on its branch) and a
// seeding that loads the small demo data set. On merge: point the imports of this file at
// '../seed/seedBenchData' (grep seedBenchDataStandIn) and delete it. Its figures mean nothing.
import type { DataSource } from 'typeorm';
import { allSubgraphs } from '../../scripts/allSubgraphs';
import type { SubgraphName } from '../../scripts/composeSupergraph';
import { demoEntities } from '../../subgraphs/kit/demo/demoCast';

export interface BenchDataSet {
  seed: number;
  scale: number;
  rows: Record<SubgraphName, Record<string, number>>;
  directoryTerms: string[];
  crossAgencyUsccs: string[];
  ledgerRegions: { 100: string; 1000: string; 5000: string };
  ledgerCounts: { 100: number; 1000: number; 5000: number };
  leadUnitRegion: string;
  submissionTargets: { region: string; uscc: string; name: string }[];
}

async function rowsOf(dataSource: DataSource): Promise<Record<string, number>> {
  const rows: Record<string, number> = {};
  for (const entity of dataSource.entityMetadatas) rows[entity.tableName] = await dataSource.getRepository(entity.target).count();
  return rows;
}

export async function seedBenchData(dataSources: Record<SubgraphName, DataSource>, options: { seed: number }): Promise<BenchDataSet> {
  await allSubgraphs.institutions.seedDemo?.(dataSources.institutions);
  await allSubgraphs.records.seedDemo?.(dataSources.records);
  await allSubgraphs.complaints.seedDemo?.(dataSources.complaints);
  await allSubgraphs.repair.seedDemo?.(dataSources.repair);
  const { changshaCredit, beijingRating, changshaClean } = demoEntities;
  return {
    seed: options.seed,
    scale: 1,
    rows: {
      institutions: await rowsOf(dataSources.institutions),
      records: await rowsOf(dataSources.records),
      complaints: await rowsOf(dataSources.complaints),
      repair: await rowsOf(dataSources.repair),
    },
    directoryTerms: ['信用', '湖南', '征信'],
    crossAgencyUsccs: [changshaCredit.uscc, beijingRating.uscc],
    ledgerRegions: { 100: '430000', 1000: '430000', 5000: '110000' },
    ledgerCounts: { 100: 0, 1000: 0, 5000: 0 },
    leadUnitRegion: '430000',
    submissionTargets: [changshaCredit, changshaClean].map(({ region, uscc, name }) => ({ region, uscc, name })),
  };
}
