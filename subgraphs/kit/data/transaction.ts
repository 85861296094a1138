import { Mutex } from 'async-mutex';
import type { DataSource, EntityManager } from 'typeorm';

const sqliteWriters = new WeakMap<DataSource, Mutex>();

/**
 * Runs `work` in a transaction through the manager. SQLite has one connection and one writer,
 * so its transactions are serialized here (else TypeORM would nest them as savepoints);
 * MySQL runs them concurrently on pooled connections.
 */
export async function inTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  if (dataSource.options.type !== 'better-sqlite3') return dataSource.transaction(work);
  let mutex = sqliteWriters.get(dataSource);
  if (!mutex) {
    mutex = new Mutex();
    sqliteWriters.set(dataSource, mutex);
  }
  return mutex.runExclusive(() => dataSource.transaction(work));
}
