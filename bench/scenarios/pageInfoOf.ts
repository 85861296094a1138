const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** `pageInfo` of the connection at `data[field]` in a GraphQL answer; an answer without one is an error. */
export function pageInfoOf(data: unknown, field: string): { endCursor: string | null; hasNextPage: boolean } {
  const connection = isRecord(data) ? data[field] : undefined;
  const pageInfo = isRecord(connection) ? connection.pageInfo : undefined;
  if (!isRecord(pageInfo) || typeof pageInfo.hasNextPage !== 'boolean') throw new Error(`no ${field}.pageInfo in ${JSON.stringify(data)?.slice(0, 300)}`);
  const { endCursor } = pageInfo;
  return { endCursor: typeof endCursor === 'string' ? endCursor : null, hasNextPage: pageInfo.hasNextPage };
}
