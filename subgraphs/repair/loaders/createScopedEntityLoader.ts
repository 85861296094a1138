import DataLoader from 'dataloader';
import type { ObjectLiteral, Repository } from 'typeorm';
import type { Filter } from '../../kit/loaders/createCountLoader';

/**
 * One row per key, by a unique column, among the rows `scope` keeps (alias `e`): one `IN` query
 * per batch, null where there is no row or the row is out of scope (the two look the same).
 */
export function createScopedEntityLoader<T extends ObjectLiteral, K extends keyof T & string>(
  repository: Repository<T>,
  column: K,
  scope: Filter<T> | undefined,
): DataLoader<T[K], T | null> {
  return new DataLoader<T[K], T | null>(async (keys) => {
    const query = repository.createQueryBuilder('e').where(`e.${column} IN (:...keys)`, { keys: [...keys] });
    scope?.(query);
    const byKey = new Map((await query.getMany()).map((row) => [String(row[column]), row]));
    return keys.map((key) => byKey.get(String(key)) ?? null);
  });
}
