const SHOWN = 300;

/**
 * Why a response does not count as a success, or null when it does: a status other than 2xx,
 * GraphQL errors (even beside partial data), or no data. Only searched, never parsed: a ledger
 * page is about a megabyte, and parsing every one would make the load generator the bottleneck.
 */
export function responseFailure(status: number, body: string): string | null {
  if (status < 200 || status >= 300) return `HTTP ${status}: ${body.slice(0, SHOWN)}`;
  const errorsAt = body.indexOf('"errors":');
  if (errorsAt >= 0) return `GraphQL errors: ${body.slice(errorsAt, errorsAt + SHOWN)}`;
  if (!body.includes('"data":{')) return `no data: ${body.slice(0, SHOWN)}`;
  return null;
}
