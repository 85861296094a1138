import type { Identity } from '../../subgraphs/kit/identity/identity';
import type { LatencySummary } from '../report/summarizeLatencies';

/** One load run, as the runner sends it to the load process (plain data: it crosses IPC). */
export interface LoadPlan {
  url: string;
  headers: Record<string, string>;
  /** The request bodies each connection sends in this order, again and again (a ledger's pages). */
  bodies: string[];
  /** Replaced in every request by a key no other request of the run uses (a write's idempotency key). */
  uniqueKeyPlaceholder?: string;
  /** A direct subgraph call: the load process signs this identity for this audience, fresh for the run. */
  signedIdentity?: { identity: Identity; audience: string };
  connections: number;
  /** How long the run lasts, or how many responses it waits for in all (`amount`). */
  until: { durationSeconds: number } | { amount: number };
}

/** What one run measured; latencies in milliseconds. */
export interface LoadResult {
  durationSeconds: number;
  /** Responses received (all of them, failed ones included). */
  requests: number;
  requestsPerSecond: number;
  latency: LatencySummary;
  /** Per body of the plan, in its order. */
  pages: LatencySummary[];
  /** Whole walks through all bodies by one connection (the sum of its pages' latencies). */
  sequences: LatencySummary;
  non2xx: number;
  /** 2xx responses that carry GraphQL errors or no data. */
  graphqlErrors: number;
  /** Connection errors and timeouts. */
  transportErrors: number;
  firstFailure: string | null;
}

/** The load process's answers over IPC. */
export type LoadReply = { type: 'result'; result: LoadResult } | { type: 'failed'; message: string };
