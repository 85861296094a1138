import type { GraphQLError } from 'graphql';
import { serviceUnavailable } from '../errors';

export interface GatewayClientOptions {
  /** The gateway's GraphQL endpoint, read at each call (in one process the gateway starts after the subgraphs). */
  url: () => string;
  /**
   * The longest a call may take, answer included. Below the gateway's subgraph timeout (10 s), so
   * that a mutation waiting on the gateway still answers its caller with a clear error.
   */
  timeoutMs?: number;
  /** The SERVICE bearer token presented to the gateway (DESIGN.md §2, §3 rule 5). */
  serviceToken?: () => Promise<string>;
}

export interface GatewayQuery<T> {
  /** The agency that owns the facts asked for; errors name it. */
  agency: string;
  query: string;
  variables: Record<string, unknown>;
  /** Gives the answer's `data` its type; throws when it has another shape. */
  read: (data: unknown) => T;
}

/** How a subgraph asks the gateway for another agency's facts (DESIGN.md §3 rule 5). */
export interface GatewayClient {
  query<T>(request: GatewayQuery<T>): Promise<T>;
}

export const DEFAULT_GATEWAY_TIMEOUT_MS = 5_000;

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

/** An error with its cause (fetch says only "fetch failed"; the cause says ECONNREFUSED and where). */
function describe(detail: unknown): unknown {
  if (!(detail instanceof Error)) return detail;
  return detail.cause instanceof Error ? `${detail.message}: ${detail.cause.message}` : detail.message;
}

/** The codes the answering agency put on its errors ('an error' for one without a code), each once. */
function upstreamCodes(errors: unknown[]): string[] {
  const codes = errors.map((error) =>
    typeof error === 'object' && error !== null && 'extensions' in error && typeof error.extensions === 'object' && error.extensions !== null && 'code' in error.extensions
      ? String(error.extensions.code)
      : 'an error',
  );
  return [...new Set(codes)];
}

/**
 * POSTs an operation to the gateway with a deadline. Whatever keeps the facts from arriving
 * (no connection, no answer in time, an answer that is not GraphQL, an error in the answer, data
 * of another shape) is a SERVICE_UNAVAILABLE naming the agency, never the addresses involved;
 * the detail is logged here. When the answer carried errors, their codes are on the thrown
 * error's `extensions.upstreamCodes`.
 */
export function createGatewayClient(options: GatewayClientOptions): GatewayClient {
  const timeoutMs = options.timeoutMs ?? DEFAULT_GATEWAY_TIMEOUT_MS;
  const headers = async (): Promise<Record<string, string>> => ({
    'content-type': 'application/json',
    accept: 'application/json',
    ...(options.serviceToken ? { authorization: `Bearer ${await options.serviceToken()}` } : {}),
  });

  return {
    async query<T>({ agency, query, variables, read }: GatewayQuery<T>): Promise<T> {
      const unavailable = (reason: string, detail: unknown, codes?: string[]): GraphQLError => {
        console.warn(`[gateway client] asking ${agency}: ${reason}:`, describe(detail));
        const error = serviceUnavailable(`${agency} could not be asked through the gateway (${reason}), try again later`);
        // For a caller that must tell a refusal (CONFLICT, BAD_USER_INPUT...) from an outage: only codes, never the upstream messages.
        if (codes) error.extensions.upstreamCodes = codes;
        return error;
      };
      let text: string;
      try {
        const response = await fetch(options.url(), {
          method: 'POST',
          headers: await headers(),
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(timeoutMs),
        });
        text = await response.text();
      } catch (error) {
        throw isTimeout(error) ? unavailable(`no answer within ${timeoutMs} ms`, error) : unavailable('unreachable', error);
      }
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch (error) {
        throw unavailable('an answer that is not JSON', error);
      }
      if (typeof body !== 'object' || body === null) throw unavailable('an answer that is not GraphQL', body);
      if ('errors' in body && Array.isArray(body.errors) && body.errors.length > 0) {
        const codes = upstreamCodes(body.errors);
        throw unavailable(`the gateway reported ${codes.join(', ')}`, JSON.stringify(body.errors), codes);
      }
      try {
        return read('data' in body ? body.data : undefined);
      } catch (error) {
        throw unavailable('an answer of an unexpected shape', error);
      }
    },
  };
}
