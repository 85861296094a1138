import type { Fetcher } from './createSubgraphFetcher';

/**
 * The body Apollo's gateway sends for a query plan's fetch: `{"query":"query …` or `{"query":"{ …`
 * (a mutation's starts with `mutation`). Anything else is sent as it is, never shared.
 */
const QUERY_BODY = /^\{"query":"(?:query\b|\{)/;

/** The request's identity: address, every header (the caller's signed identity among them) and body. */
function requestKey(url: string, headers: Record<string, string> | undefined, body: string): string {
  const sortedHeaders = Object.entries(headers ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([url, sortedHeaders, body]);
}

/**
 * Identical subgraph queries in flight at the same time share one call, as Hive Gateway's HTTP
 * transport does by default: when many clients ask the same page at once (the public directory,
 * a lead unit's list), the subgraph answers it once and each waiter gets its own copy of the
 * answer. Only reads are shared, only between requests with the same headers (so the same caller,
 * as the signed identity header says), and only while the first is in flight: nothing is cached.
 */
export function deduplicateInflightQueries(fetch: Fetcher): Fetcher {
  const inflight = new Map<string, ReturnType<Fetcher>>();
  return (url, init = {}) => {
    const { body } = init;
    if ((init.method ?? 'GET') !== 'POST' || typeof body !== 'string' || !QUERY_BODY.test(body)) return fetch(url, init);
    const key = requestKey(url, init.headers, body);
    const shared = inflight.get(key);
    if (shared) return shared.then((response) => response.clone());
    const call = fetch(url, init);
    inflight.set(key, call);
    const forget = () => {
      inflight.delete(key);
    };
    call.then(forget, forget);
    // The first caller reads a copy too: the shared answer stays unread for the others.
    return call.then((response) => response.clone());
  };
}
