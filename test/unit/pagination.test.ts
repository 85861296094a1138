import { decodeCursor, encodeCursor, toConnection, toPage } from '../../subgraphs/kit/pagination/connection';

describe('connections', () => {
  it('round-trips cursors and refuses foreign ones naming the field', () => {
    expect(decodeCursor(encodeCursor(42))).toBe(42);
    expect(() => decodeCursor('bm9wZQ')).toThrow(/after/);
  });

  it('refuses a page size out of range', () => {
    expect(() => toPage({ first: 0 })).toThrow(/first/);
    expect(() => toPage({ first: 201 })).toThrow(/first/);
    expect(toPage({ first: 5, after: encodeCursor(7) })).toEqual({ limit: 5, afterId: 7 });
  });

  it('builds edges, nodes and pageInfo from limit + 1 rows', () => {
    const connection = toConnection([{ id: 3 }, { id: 2 }, { id: 1 }], { limit: 2, afterId: null }, 3);
    expect(connection.nodes).toEqual([{ id: 3 }, { id: 2 }]);
    expect(connection.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor(2) });
    expect(connection.totalCount).toBe(3);
  });
});
