import DataLoader from 'dataloader';
import type { ObjectLiteral, Repository } from 'typeorm';
import type { Filter } from '../../kit/loaders/createCountLoader';

/**
 * Every row whose `column` is the key, among the rows `scope` keeps (alias `e`): one `IN` query
 * per batch, each key's rows by id in `order`.
 */
export function createScopedGroupLoader<T extends ObjectLiteral & { id: number }, K extends keyof T & string>(
  repository: Repository<T>,
  column: K,
  order: 'ASC' | 'DESC',
  scope: Filter<T> | undefined,
): DataLoader<T[K], T[]> {
  return new DataLoader<T[K], T[]>(async (keys) => {
    const query = repository.createQueryBuilder('e').where(`e.${column} IN (:...keys)`, { keys: [...keys] }).orderBy('e.id', order);
    scope?.(query);
    const groups = new Map<string, T[]>();
    for (const row of await query.getMany()) {
      const key = String(row[column]);
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    return keys.map((key) => groups.get(String(key)) ?? []);
  });
}
