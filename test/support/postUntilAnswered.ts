/** One attempt as the client saw it: an answer, a refusal with its error codes, or nothing (connection cut, timed out). */
export type Attempt = { outcome: 'answered' } | { outcome: 'refused'; status: number; codes: string[] } | { outcome: 'lost' };

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { extensions?: { code?: string } }[];
}

/** The error codes of a GraphQL response body. */
export function errorCodesOf(body: string): string[] {
  const answer: GraphQLAnswer<unknown> = JSON.parse(body);
  return (answer.errors ?? []).map((error) => String(error.extensions?.code));
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * POSTs one GraphQL request until it is answered without errors, the same body every time (a
 * write's idempotency key with it), waiting longer after each failure, at most `maxAttempts` times.
 */
export async function postUntilAnswered<T>(
  url: string,
  request: { query: string; variables: Record<string, unknown> },
  options: { maxAttempts: number; timeoutMs: number },
): Promise<{ data: T | null; attempts: Attempt[] }> {
  const attempts: Attempt[] = [];
  const body = JSON.stringify(request);
  for (let n = 0; n < options.maxAttempts; n += 1) {
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(options.timeoutMs) });
      const text = await response.text();
      const answer: GraphQLAnswer<T> = JSON.parse(text);
      if (response.ok && !answer.errors && answer.data) {
        attempts.push({ outcome: 'answered' });
        return { data: answer.data, attempts };
      }
      attempts.push({ outcome: 'refused', status: response.status, codes: errorCodesOf(text) });
    } catch {
      attempts.push({ outcome: 'lost' });
    }
    await pause(Math.min(50 * 2 ** n, 800));
  }
  return { data: null, attempts };
}
