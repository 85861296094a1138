import type { ObjectLiteral, Repository } from 'typeorm';
import type { Filter } from '../loaders/createCountLoader';
import { toConnection, type Connection, type Page } from './connection';

/** A root list as a connection: one query for the page (keyset on id), one for the total. */
export async function findPage<T extends ObjectLiteral & { id: number }>(
  repository: Repository<T>,
  page: Page,
  order: 'ASC' | 'DESC',
  filter?: Filter<T>,
): Promise<Connection<T>> {
  const rowsQuery = repository.createQueryBuilder('e').orderBy('e.id', order).take(page.limit + 1);
  filter?.(rowsQuery);
  if (page.afterId !== null) {
    rowsQuery.andWhere(order === 'DESC' ? 'e.id < :afterId' : 'e.id > :afterId', { afterId: page.afterId });
  }
  const countQuery = repository.createQueryBuilder('e');
  filter?.(countQuery);
  const [rows, totalCount] = await Promise.all([rowsQuery.getMany(), countQuery.getCount()]);
  return toConnection(rows, page, totalCount);
}
