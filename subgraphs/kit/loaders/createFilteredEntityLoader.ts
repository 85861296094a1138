import DataLoader from 'dataloader';
import type { ObjectLiteral, Repository } from 'typeorm';
import type { Filter } from './createCountLoader';

/**
 * One row per id, only among the rows `filter` keeps (alias `e`; every row without it): one `IN`
 * query per batch, null where there is no such row, so a row the filter leaves out reads exactly
 * as a missing one.
 */
export function createFilteredEntityLoader<T extends ObjectLiteral & { id: number }>(repository: Repository<T>, filter?: Filter<T>): DataLoader<number, T | null> {
  return new DataLoader<number, T | null>(async (ids) => {
    const query = repository.createQueryBuilder('e').where('e.id IN (:...ids)', { ids: [...ids] });
    filter?.(query);
    const byId = new Map((await query.getMany()).map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
