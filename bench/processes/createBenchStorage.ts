import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection, type Connection } from 'mysql2/promise';
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
  /**
   * Makes sure no other benchmark uses the same databases: two runs with one prefix would drop and
   * reseed each other's data mid-run. Held until `release` or until this process ends.
   */
  claim(): Promise<void>;
  release(): Promise<void>;
  /** Removes the databases (MySQL) or the directory (SQLite). */
  remove(): Promise<void>;
}

/** A MySQL named lock per prefix, held on its own connection (the server frees it when the connection dies). */
async function claimPrefix(mysqlUrl: string, prefix: string): Promise<Connection> {
  const connection = await createConnection({ uri: mysqlUrl });
  const [rows] = await connection.query('SELECT GET_LOCK(?, 0) AS claimed', [`credit-bench:${prefix}`]);
  const first: unknown = Array.isArray(rows) ? rows[0] : undefined;
  if (typeof first === 'object' && first !== null && 'claimed' in first && Number(first.claimed) === 1) return connection;
  await connection.end();
  throw new Error(`another benchmark is running on the databases ${prefix}*: wait for it, or give this one its own --prefix`);
}

/** The benchmark's own MySQL databases (`${prefix}institutions`…) or a fresh temporary directory of SQLite files. */
export function createBenchStorage(driver: BenchDriver, mysqlUrl: string, prefix: string): BenchStorage {
  if (driver === 'mysql') {
    let claim: Connection | null = null;
    return {
      driver,
      claim: async () => {
        claim ??= await claimPrefix(mysqlUrl, prefix);
      },
      release: async () => {
        await claim?.end();
        claim = null;
      },
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
    // A fresh temporary directory is this run's alone.
    claim: async () => undefined,
    release: async () => undefined,
    remove: async () => rmSync(dir, { recursive: true, force: true }),
  };
}
