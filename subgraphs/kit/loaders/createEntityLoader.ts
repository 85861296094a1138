import DataLoader from 'dataloader';
import { In, type FindOptionsWhere, type ObjectLiteral, type Repository } from 'typeorm';

/**
 * One row per key, by a unique column (`id`, `uscc`): one `IN` query per batch,
 * results in the order of the keys, null where there is no row.
 */
export function createEntityLoader<T extends ObjectLiteral, K extends keyof T & string>(
  repository: Repository<T>,
  column: K,
): DataLoader<T[K], T | null> {
  return new DataLoader<T[K], T | null>(async (keys) => {
    const where = { [column]: In([...keys]) } as FindOptionsWhere<T>;
    const rows = await repository.findBy(where);
    const byKey = new Map(rows.map((row) => [String(row[column]), row]));
    return keys.map((key) => byKey.get(String(key)) ?? null);
  });
}
