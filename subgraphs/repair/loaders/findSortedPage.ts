import { Brackets, type ObjectLiteral, type Repository } from 'typeorm';
import { badUserInput } from '../../kit/errors';
import type { Filter } from '../../kit/loaders/createCountLoader';
import { toPage, type Connection, type PageArgs } from '../../kit/pagination';

/** What a list is sorted by before its id: an SQL expression over alias `e` and its value on a row. */
export interface SortKey<T> {
  expression: string;
  /** Parameters the expression uses. */
  parameters?: Record<string, unknown>;
  kind: 'number' | 'date';
  valueOf: (row: T) => number | Date;
}

interface Position {
  key: number | Date;
  id: number;
}

const PREFIX = 'k:';

function encode(key: number | Date, id: number): string {
  const text = key instanceof Date ? key.toISOString() : String(key);
  return Buffer.from(`${PREFIX}${text}|${id}`).toString('base64url');
}

function decode(cursor: string, kind: SortKey<unknown>['kind']): Position {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const [key, id] = text.slice(PREFIX.length).split('|');
  const position = { key: kind === 'date' ? new Date(key ?? '') : Number(key), id: Number(id) };
  const keyValid = position.key instanceof Date ? !Number.isNaN(position.key.getTime()) : Number.isFinite(position.key);
  if (!text.startsWith(PREFIX) || !keyValid || !Number.isSafeInteger(position.id) || position.id < 0) {
    throw badUserInput('after', 'is not a cursor returned by this list');
  }
  return position;
}

/**
 * A root list sorted by `key` then id, ascending, as a connection: keyset paging on both (so a row
 * is never skipped or repeated between pages), one query for the page and one for the total.
 */
export async function findSortedPage<T extends ObjectLiteral & { id: number }>(
  repository: Repository<T>,
  args: PageArgs,
  key: SortKey<T>,
  filter?: Filter<T>,
): Promise<Connection<T>> {
  const { limit } = toPage({ first: args.first });
  const after = args.after ? decode(args.after, key.kind) : null;
  const rowsQuery = repository.createQueryBuilder('e')
    .orderBy(key.expression, 'ASC')
    .addOrderBy('e.id', 'ASC')
    .limit(limit + 1)
    .setParameters(key.parameters ?? {});
  filter?.(rowsQuery);
  if (after) {
    rowsQuery.andWhere(new Brackets((where) => {
      where.where(`${key.expression} > :afterKey`, { afterKey: after.key })
        .orWhere(`(${key.expression} = :afterKey AND e.id > :afterId)`, { afterId: after.id });
    }));
  }
  const countQuery = repository.createQueryBuilder('e').setParameters(key.parameters ?? {});
  filter?.(countQuery);
  const [rows, totalCount] = await Promise.all([rowsQuery.getMany(), countQuery.getCount()]);
  const nodes = rows.slice(0, limit);
  const edges = nodes.map((node) => ({ cursor: encode(key.valueOf(node), node.id), node }));
  return { edges, nodes, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}
