import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { DataSource, type Logger, type MixedList, type EntitySchema, type MigrationInterface } from 'typeorm';
import type { StorageConfig } from './storageConfig';

type EntityClass = Function | string | EntitySchema;
type MigrationClass = new () => MigrationInterface;

export interface DataSourceOptions {
  storage: StorageConfig;
  entities: MixedList<EntityClass>;
  migrations: MigrationClass[];
  /** A TypeORM logger, e.g. the statement counter of the tests. */
  logger?: Logger;
}

const SQLITE_BUSY_TIMEOUT_MS = 5000;

/** MySQL: creates the subgraph's own database if missing, in utf8mb4 with a binary collation. */
async function ensureMysqlDatabase(url: string, database: string): Promise<void> {
  const connection = await createConnection({ uri: url });
  try {
    await connection.query(
      `CREATE DATABASE IF NOT EXISTS ${connection.escapeId(database)} CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`,
    );
  } finally {
    await connection.end();
  }
}

/**
 * The subgraph's own database, initialized. Entities and migrations are registered as classes;
 * `synchronize` is never used: call `runMigrations` (once per deployment) to create the schema.
 */
export async function createDataSource(options: DataSourceOptions): Promise<DataSource> {
  const { storage, entities, migrations, logger } = options;
  const common = { entities, migrations, synchronize: false, logging: logger ? true : false, logger } as const;
  let dataSource: DataSource;
  if (storage.driver === 'sqlite') {
    mkdirSync(dirname(storage.file), { recursive: true });
    dataSource = new DataSource({
      ...common,
      type: 'better-sqlite3',
      database: storage.file,
      enableWAL: true,
      timeout: SQLITE_BUSY_TIMEOUT_MS,
      prepareDatabase: (db: { pragma(source: string): unknown }) => {
        db.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
        db.pragma('foreign_keys = ON');
      },
    });
  } else {
    await ensureMysqlDatabase(storage.url, storage.database);
    dataSource = new DataSource({
      ...common,
      type: 'mysql',
      url: storage.url,
      database: storage.database,
      timezone: 'Z',
      charset: 'utf8mb4_bin',
      dateStrings: ['DATE'],
      extra: { connectionLimit: 10 },
    });
  }
  return dataSource.initialize();
}

/** Drops a MySQL database (tests clean up after themselves). */
export async function dropMysqlDatabase(url: string, database: string): Promise<void> {
  const connection = await createConnection({ uri: url });
  try {
    await connection.query(`DROP DATABASE IF EXISTS ${connection.escapeId(database)}`);
  } finally {
    await connection.end();
  }
}
