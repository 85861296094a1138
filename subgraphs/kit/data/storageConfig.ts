import { join } from 'node:path';

/** Where a subgraph keeps its data: an SQLite file (the default) or its own MySQL database. */
export type StorageConfig =
  | { driver: 'sqlite'; file: string }
  | { driver: 'mysql'; url: string; database: string };

const DATABASE_NAME = /^[A-Za-z0-9_]{1,64}$/;

/**
 * Reads the storage of subgraph `name` from the environment:
 * - MYSQL_URL (e.g. mysql://user:password@host:3306): the subgraph uses database
 *   `${MYSQL_DATABASE_PREFIX}${name}` (prefix default `credit_`), created if missing;
 * - otherwise SQLite at `${DATA_DIR}/${name}.sqlite` (DATA_DIR default ./data).
 */
export function storageConfigFromEnv(name: string, env: NodeJS.ProcessEnv = process.env): StorageConfig {
  if (env.MYSQL_URL) {
    const database = `${env.MYSQL_DATABASE_PREFIX ?? 'credit_'}${name}`;
    if (!DATABASE_NAME.test(database)) throw new Error(`MYSQL_DATABASE_PREFIX gives an invalid database name "${database}"`);
    return { driver: 'mysql', url: env.MYSQL_URL, database };
  }
  return { driver: 'sqlite', file: join(env.DATA_DIR ?? join(process.cwd(), 'data'), `${name}.sqlite`) };
}
