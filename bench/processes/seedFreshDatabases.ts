import type { DataSource } from 'typeorm';
import { allSubgraphs } from '../../scripts/allSubgraphs';
import type { SubgraphName } from '../../scripts/composeSupergraph';
import { createDataSource } from '../../subgraphs/kit/data/createDataSource';
import type { BenchStorage } from './createBenchStorage';
import { seedBenchData, type BenchDataSet } from '../seed/seedBenchData';

export interface SeededData {
  dataSet: BenchDataSet;
  migrateSeconds: number;
  seedSeconds: number;
}

/** Empties the storage (a previous run's databases are dropped), migrates each subgraph's database and seeds the benchmark's data set. */
export async function seedFreshDatabases(storage: BenchStorage, seed: number): Promise<SeededData> {
  await storage.remove();
  const opened: DataSource[] = [];
  try {
    const migrating = performance.now();
    const open = async (name: SubgraphName) => {
      const { entities, migrations } = allSubgraphs[name];
      const dataSource = await createDataSource({ storage: storage.storageFor(name), entities, migrations });
      opened.push(dataSource);
      await dataSource.runMigrations({ transaction: 'each' });
      return dataSource;
    };
    const dataSources: Record<SubgraphName, DataSource> = {
      institutions: await open('institutions'),
      records: await open('records'),
      complaints: await open('complaints'),
      repair: await open('repair'),
    };
    const seeding = performance.now();
    const dataSet = await seedBenchData(dataSources, { seed });
    return { dataSet, migrateSeconds: (seeding - migrating) / 1000, seedSeconds: (performance.now() - seeding) / 1000 };
  } finally {
    for (const dataSource of opened) await dataSource.destroy();
  }
}

