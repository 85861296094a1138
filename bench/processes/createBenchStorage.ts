import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../scripts/composeSupergraph';
import { dropMysqlDatabase } from '../../subgraphs/kit/data/createDataSource';
import type { StorageConfig } from '../../subgraphs/kit/data/storageConfig';

export type BenchDriver = 'mysql' | 'sqlite';

export interface BenchStorage {
  driver: BenchDriver;
  /** Where each subgraph keeps its data, for the runner's own data sources (seeding). */
  storageFor(name: SubgraphName): StorageConfig;
  /** The same, as the environment a subgraph process reads (storageConfigFromEnv). */
  env: NodeJS.ProcessEnv;
  /** Removes the databases (MySQL) or the directory (SQLite). */
  remove(): Promise<void>;
}

/** The benchmark's own MySQL databases (prefix bench_) or a fresh temporary directory of SQLite files. */
export function createBenchStorage(driver: BenchDriver, mysqlUrl: string, prefix = 'bench_'): BenchStorage {
  if (driver === 'mysql') {
    return {
      driver,
      storageFor: (name) => ({ driver, url: mysqlUrl, database: `${prefix}${name}` }),
      env: { MYSQL_URL: mysqlUrl, MYSQL_DATABASE_PREFIX: prefix },
      remove: async () => {
        for (const name of SUBGRAPH_NAMES) await dropMysqlDatabase(mysqlUrl, `${prefix}${name}`);
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'credit-bench-'));
  return {
    driver,
    storageFor: (name) => ({ driver, file: join(dir, `${name}.sqlite`) }),
    env: { DATA_DIR: dir },
    remove: async () => rmSync(dir, { recursive: true, force: true }),
  };
}
