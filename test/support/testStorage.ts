import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { dropMysqlDatabase } from '../../subgraphs/kit/data/createDataSource';
import type { StorageConfig } from '../../subgraphs/kit/data/storageConfig';

export type Driver = 'sqlite' | 'mysql';

/** The drivers a suite runs on: SQLite always, MySQL when TEST_MYSQL_URL is set. */
export function testDrivers(): Driver[] {
  return process.env.TEST_MYSQL_URL ? ['sqlite', 'mysql'] : ['sqlite'];
}

export interface TestStorage {
  storageFor(name: string): StorageConfig;
  /** Removes every file and database it handed out. */
  cleanup(): Promise<void>;
}

/** Fresh storage for one test suite: a temporary folder, or MySQL databases with a unique prefix. */
export function createTestStorage(driver: Driver): TestStorage {
  const handedOut: StorageConfig[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'credit-test-'));
  const prefix = `t${randomBytes(4).toString('hex')}_`;
  return {
    storageFor(name) {
      const url = process.env.TEST_MYSQL_URL;
      const storage: StorageConfig =
        driver === 'mysql' && url
          ? { driver: 'mysql', url, database: `${prefix}${name}` }
          : { driver: 'sqlite', file: join(dir, `${name}.sqlite`) };
      handedOut.push(storage);
      return storage;
    },
    async cleanup() {
      for (const storage of handedOut) {
        if (storage.driver === 'mysql') await dropMysqlDatabase(storage.url, storage.database);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
