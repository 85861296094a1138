import { rmSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { DataSource } from 'typeorm';
import { allSubgraphs } from '../../scripts/allSubgraphs';
import type { SubgraphName } from '../../scripts/composeSupergraph';
import { createDataSource, dropMysqlDatabase } from '../../subgraphs/kit/data/createDataSource';
import { storageConfigFromEnv, type StorageConfig } from '../../subgraphs/kit/data/storageConfig';
import { digestBenchRows } from './digestBenchRows';
import { seedBenchData } from './seedBenchData';

const USAGE = `Seeds the benchmark data set into fresh databases and prints the rows and the time.
  MYSQL_URL=mysql://root@127.0.0.1:3306 [MYSQL_DATABASE_PREFIX=benchseed_] node dist/bench/seed/seedMain.js [--seed 42] [--scale 1] [--out dataset.json] [--digest]
  DATA_DIR=/tmp/bench node dist/bench/seed/seedMain.js ...
The databases (or SQLite files) of the four subgraphs are dropped first: the default prefix is not the
benchmark runner's (bench_), so a seed run never drops the databases of a benchmark in progress.`;

/** Drops what a previous run left, so the seed starts from migrated, empty databases. */
async function dropPrevious(storage: StorageConfig): Promise<void> {
  if (storage.driver === 'mysql') await dropMysqlDatabase(storage.url, storage.database);
  else for (const suffix of ['', '-wal', '-shm']) rmSync(`${storage.file}${suffix}`, { force: true });
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { seed: { type: 'string', default: '42' }, scale: { type: 'string', default: '1' }, out: { type: 'string' }, digest: { type: 'boolean' }, help: { type: 'boolean' } } });
  if (values.help || (!process.env.MYSQL_URL && !process.env.DATA_DIR)) {
    console.log(USAGE);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const env: NodeJS.ProcessEnv = { ...process.env, MYSQL_DATABASE_PREFIX: process.env.MYSQL_DATABASE_PREFIX ?? 'benchseed_' };
  const seed = Number(values.seed);
  const scale = Number(values.scale);
  const migrateStart = performance.now();
  const opened: DataSource[] = [];
  try {
    const open = async (name: SubgraphName): Promise<DataSource> => {
      const storage = storageConfigFromEnv(name, env);
      await dropPrevious(storage);
      const definition = allSubgraphs[name];
      const dataSource = await createDataSource({ storage, entities: definition.entities, migrations: definition.migrations });
      opened.push(dataSource);
      await dataSource.runMigrations({ transaction: 'each' });
      return dataSource;
    };
    const [institutions, records, complaints, repair] = await Promise.all([open('institutions'), open('records'), open('complaints'), open('repair')]);
    const dataSources = { institutions, records, complaints, repair };
    const seedStart = performance.now();
    const dataSet = await seedBenchData(dataSources, { seed, scale });
    const seedMs = performance.now() - seedStart;
    const total = Object.values(dataSet.rows).flatMap((tables) => Object.values(tables)).reduce((sum, rows) => sum + rows, 0);
    // The digest reads every row back: it shows that a seed gives the same rows on either driver.
    const digest = values.digest ? await digestBenchRows(dataSources) : undefined;
    console.log(JSON.stringify({ driver: env.MYSQL_URL ? 'mysql' : 'sqlite', seed, scale, migrateMs: Math.round(seedStart - migrateStart), seedMs: Math.round(seedMs), totalRows: total, digest, rows: dataSet.rows }, null, 2));
    if (values.out) writeFileSync(values.out, `${JSON.stringify(dataSet, null, 2)}\n`);
  } finally {
    for (const dataSource of opened) await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
