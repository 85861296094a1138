import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { inTransaction } from '../../subgraphs/kit/data/transaction';

/** Rows of one table, ready to insert in bulk. */
export interface BenchTable {
  name: string;
  rows: number;
  insert(manager: EntityManager): Promise<void>;
}

/**
 * Small enough for SQLite's limit on bound parameters (32,766: 500 rows of up to 30 columns) and
 * MySQL's packet size, large enough that the round trips do not dominate.
 */
const CHUNK = 500;

/** A table's rows, inserted with the query builder in chunks; the entity's transformers (encryption, JSON) apply. */
export function benchTable<T extends ObjectLiteral>(name: string, entity: EntityTarget<T>, rows: QueryDeepPartialEntity<T>[]): BenchTable {
  return {
    name,
    rows: rows.length,
    async insert(manager) {
      for (let start = 0; start < rows.length; start += CHUNK) {
        await manager.createQueryBuilder().insert().into(entity).values(rows.slice(start, start + CHUNK)).updateEntity(false).execute();
      }
    },
  };
}

/** Each table in its own transaction, in order (a table's rows refer only to earlier ones). */
export async function insertBenchTables(dataSource: DataSource, tables: BenchTable[]): Promise<Record<string, number>> {
  for (const table of tables) await inTransaction(dataSource, (manager) => table.insert(manager));
  return Object.fromEntries(tables.map(({ name, rows }) => [name, rows]));
}
