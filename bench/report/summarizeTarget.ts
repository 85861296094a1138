import type { TargetResult } from './benchResults';

/** A target's figures over its measured rounds: means of the rounds, failed if any part failed. */
export interface TargetSummary {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Whole-sequence (ledger) latencies and rate; null without a measured run. */
  sequence: { perSecond: number; p50: number; p95: number; p99: number } | null;
  /** Per page (body) p50 and p95, means of the rounds. */
  pages: { p50: number; p95: number }[];
  non2xx: number;
  graphqlErrors: number;
  transportErrors: number;
  failed: boolean;
  failure: string | null;
  /** The largest peak of each process over the rounds, MiB. */
  peakMiB: Record<string, number>;
  /** CPU milliseconds per request by process, means of the rounds. */
  cpuMsPerRequest: Record<string, number>;
  /** Each round's requests per second, to show the spread. */
  roundRates: number[];
}

const mean = (values: number[]) => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : 0);

export function summarizeTarget(target: TargetResult): TargetSummary {
  const results = target.runs.map(({ result }) => result);
  const non2xx = results.reduce((sum, result) => sum + result.non2xx, 0);
  const graphqlErrors = results.reduce((sum, result) => sum + result.graphqlErrors, 0);
  const transportErrors = results.reduce((sum, result) => sum + result.transportErrors, 0);
  const failure = target.setupFailure ?? results.find((result) => result.firstFailure)?.firstFailure ?? null;
  const sequences = results.map(({ sequences: summary, durationSeconds }) => ({ summary, durationSeconds }));
  const pageCount = Math.max(0, ...results.map((result) => result.pages.length));
  const peakMiB: Record<string, number> = {};
  for (const run of target.runs) for (const [name, mib] of Object.entries(run.peakMiB)) peakMiB[name] = Math.max(peakMiB[name] ?? 0, mib);
  const cpuMsPerRequest: Record<string, number> = {};
  for (const name of new Set(target.runs.flatMap((run) => Object.keys(run.cpuSeconds)))) {
    cpuMsPerRequest[name] = mean(target.runs.flatMap(({ cpuSeconds, result }) => (cpuSeconds[name] === undefined || result.requests === 0 ? [] : [(cpuSeconds[name] * 1000) / result.requests])));
  }
  return {
    requestsPerSecond: mean(results.map((result) => result.requestsPerSecond)),
    p50: mean(results.map((result) => result.latency.p50)),
    p95: mean(results.map((result) => result.latency.p95)),
    p99: mean(results.map((result) => result.latency.p99)),
    sequence: sequences.length
      ? {
          perSecond: mean(sequences.map(({ summary, durationSeconds }) => summary.count / durationSeconds)),
          p50: mean(sequences.map(({ summary }) => summary.p50)),
          p95: mean(sequences.map(({ summary }) => summary.p95)),
          p99: mean(sequences.map(({ summary }) => summary.p99)),
        }
      : null,
    pages: Array.from({ length: pageCount }, (_, page) => ({
      p50: mean(results.flatMap((result) => (result.pages[page] ? [result.pages[page].p50] : []))),
      p95: mean(results.flatMap((result) => (result.pages[page] ? [result.pages[page].p95] : []))),
    })),
    non2xx,
    graphqlErrors,
    transportErrors,
    failed: failure !== null || non2xx + graphqlErrors + transportErrors > 0 || results.length === 0,
    failure: failure ?? (results.length === 0 ? 'no measured run' : null),
    peakMiB,
    cpuMsPerRequest,
    roundRates: results.map((result) => result.requestsPerSecond),
  };
}
