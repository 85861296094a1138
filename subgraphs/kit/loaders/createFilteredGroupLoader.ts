import DataLoader from 'dataloader';
import type { ObjectLiteral, Repository } from 'typeorm';
import type { Filter } from './createCountLoader';

/**
 * Every row whose `column` is the key, among the rows `filter` keeps (alias `e`; every row without
 * it): one `IN` query per batch, each key's rows in `order` (column and direction, most
 * significant first).
 */
export function createFilteredGroupLoader<T extends ObjectLiteral, K extends keyof T & string>(
  repository: Repository<T>,
  column: K,
  order: readonly [keyof T & string, 'ASC' | 'DESC'][],
  filter?: Filter<T>,
): DataLoader<T[K], T[]> {
  return new DataLoader<T[K], T[]>(async (keys) => {
    const query = repository.createQueryBuilder('e').where(`e.${column} IN (:...keys)`, { keys: [...keys] });
    filter?.(query);
    for (const [by, direction] of order) query.addOrderBy(`e.${by}`, direction);
    const groups = new Map<string, T[]>();
    for (const row of await query.getMany()) {
      const key = String(row[column]);
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    return keys.map((key) => groups.get(String(key)) ?? []);
  });
}
