import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';

/**
 * SHA-256 of every table's rows as the code reads them (personal data decrypted, so the random
 * IVs of encryption do not count), in id order: equal for two seedings with the same seed.
 */
export async function digestBenchRows(dataSources: Record<string, DataSource>): Promise<string> {
  const hash = createHash('sha256');
  for (const [name, dataSource] of Object.entries(dataSources).sort(([a], [b]) => a.localeCompare(b))) {
    for (const { target, tableName } of [...dataSource.entityMetadatas].sort((a, b) => a.tableName.localeCompare(b.tableName))) {
      const rows = await dataSource.createQueryBuilder(target, 'e').orderBy('e.id', 'ASC').getMany();
      hash.update(`${name}.${tableName}\n`);
      for (const row of rows) hash.update(`${JSON.stringify(row)}\n`);
    }
  }
  return hash.digest('hex');
}
