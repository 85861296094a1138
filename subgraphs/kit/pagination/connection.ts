import { badUserInput } from '../errors';

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

/** A Relay connection, as resolvers return it (the mapper of every `*Connection` type). */
export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** A validated page request: `limit` rows after the row with id `afterId`, by id. */
export interface Page {
  limit: number;
  afterId: number | null;
}

export const MAX_PAGE_SIZE = 200;

const CURSOR_PREFIX = 'id:';

export function encodeCursor(id: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${id}`).toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const id = Number(text.slice(CURSOR_PREFIX.length));
  if (!text.startsWith(CURSOR_PREFIX) || !Number.isSafeInteger(id) || id < 0) {
    throw badUserInput(field, 'is not a cursor returned by this list');
  }
  return id;
}

/** Checks `first` (1..MAX_PAGE_SIZE) and `after` (a cursor of this API). */
export function toPage(args: PageArgs, field = ''): Page {
  const prefix = field ? `${field}.` : '';
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`${prefix}first`, `must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return { limit: first, afterId: args.after ? decodeCursor(args.after, `${prefix}after`) : null };
}

/** Builds a connection from up to `limit + 1` rows (the extra row only tells there is a next page). */
export function toConnection<T extends { id: number }>(rows: T[], page: Page, totalCount: number): Connection<T> {
  const nodes = rows.slice(0, page.limit);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(node.id), node }));
  return {
    edges,
    nodes,
    pageInfo: { hasNextPage: rows.length > page.limit, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
    totalCount,
  };
}
