import DataLoader from 'dataloader';
import { In, type FindOptionsWhere, type ObjectLiteral, type Repository } from 'typeorm';
import { toConnection, type Connection, type Page } from '../pagination/connection';
import { countByKey, type Filter } from './createCountLoader';

export interface ConnectionLoaderOptions<T extends ObjectLiteral> {
  repository: Repository<T>;
  /** The column that relates a row to its parent (e.g. `uscc`). */
  column: string;
  page: Page;
  order: 'ASC' | 'DESC';
  filter?: Filter<T>;
}

/**
 * A nested connection with `first`/`after` for many parents at once: one windowed query
 * (ROW_NUMBER() OVER (PARTITION BY parent)) picks each parent's page, one query loads those
 * rows, one grouped query counts. Three statements per batch, whatever the number of parents.
 */
export function createConnectionLoader<T extends ObjectLiteral & { id: number }>(
  options: ConnectionLoaderOptions<T>,
): DataLoader<string, Connection<T>> {
  const { repository, column, page, order, filter } = options;
  return new DataLoader<string, Connection<T>>(async (keys) => {
    const window = repository
      .createQueryBuilder('e')
      .select('e.id', 'id')
      .addSelect(`e.${column}`, 'k')
      .addSelect(`ROW_NUMBER() OVER (PARTITION BY e.${column} ORDER BY e.id ${order})`, 'rn')
      .where(`e.${column} IN (:...keys)`, { keys: [...keys] });
    if (page.afterId !== null) {
      window.andWhere(order === 'DESC' ? 'e.id < :afterId' : 'e.id > :afterId', { afterId: page.afterId });
    }
    filter?.(window);
    const picked: { id: unknown }[] = await repository.manager
      .createQueryBuilder()
      .select('w.id', 'id')
      .from(`(${window.getQuery()})`, 'w')
      .where('w.rn <= :limit', { limit: page.limit + 1 })
      .setParameters(window.getParameters())
      .getRawMany();
    const ids = picked.map((row) => Number(row.id));
    const rows = ids.length ? await repository.findBy({ id: In(ids) } as FindOptionsWhere<T>) : [];
    const counts = await countByKey(repository, column, [...keys], filter);
    const sorted = [...rows].sort((a, b) => (order === 'DESC' ? b.id - a.id : a.id - b.id));
    return keys.map((key) =>
      toConnection(sorted.filter((row) => String(row[column]) === key), page, counts.get(key) ?? 0),
    );
  });
}
