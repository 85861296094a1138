import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { createIdentitySigner, IDENTITY_HEADER } from '../../subgraphs/kit/identity/identityToken';
import { gatewayPrivateKeyPem } from '../../subgraphs/kit/identity/keyMaterial';
import { summarizeLatencies } from '../report/summarizeLatencies';
import type { LoadPlan, LoadReply, LoadResult } from './loadPlan';
import { responseFailure } from './responseFailure';

/**
 * The load generator, in its own process so that its CPU is not the measured processes' CPU
 * bookkeeping: the runner sends `{ type: 'run', plan }`, it runs autocannon and answers with the
 * result. Every response is checked (see responseFailure); latencies are recorded per request
 * from autocannon's own timing, so that p95 and per-page figures exist (autocannon's summary has neither).
 */
async function run(plan: LoadPlan): Promise<LoadResult> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...plan.headers };
  if (plan.signedIdentity) {
    const signer = await createIdentitySigner(gatewayPrivateKeyPem());
    headers[IDENTITY_HEADER] = await signer.sign(plan.signedIdentity.identity, plan.signedIdentity.audience);
  }
  const latencies: number[] = [];
  const pages: number[][] = plan.bodies.map(() => []);
  const sequences: number[] = [];
  let graphqlErrors = 0;
  let non2xx = 0;
  let firstFailure: string | null = null;
  // Set by a request's onResponse, read by the 'response' event autocannon emits right after it, synchronously.
  let lastPage = 0;
  const runId = randomUUID().slice(0, 8);
  let keys = 0;
  const placeholder = plan.uniqueKeyPlaceholder;
  const requests: autocannon.Request[] = plan.bodies.map((body, page) => ({
    method: 'POST',
    body,
    // autocannon calls setupRequest whenever the key exists, even undefined.
    ...(placeholder ? { setupRequest: (request: autocannon.Request) => ({ ...request, body: body.replace(placeholder, `bench-${runId}-${keys++}`) }) } : {}),
    onResponse: (status: number, text: string) => {
      lastPage = page;
      const failure = responseFailure(status, text);
      if (!failure) return;
      if (status < 200 || status >= 300) non2xx++;
      else graphqlErrors++;
      firstFailure ??= failure;
    },
  }));
  const started = performance.now();
  let lastResponseAt = started;
  const result = await autocannon({
    url: plan.url,
    method: 'POST',
    headers,
    requests,
    connections: plan.connections,
    ...('amount' in plan.until ? { amount: plan.until.amount } : { duration: plan.until.durationSeconds }),
    timeout: 30,
    setupClient: (client) => {
      let walked = 0;
      client.on('response', (_status, _bytes, milliseconds) => {
        lastResponseAt = performance.now();
        latencies.push(milliseconds);
        pages[lastPage].push(milliseconds);
        walked += milliseconds;
        if (lastPage === plan.bodies.length - 1) {
          sequences.push(walked);
          walked = 0;
        }
      });
    },
  });
  // autocannon's own duration is in whole seconds, and it ends a counted run on its next 1 s tick:
  // a run of a few walks lasts until its last response.
  const durationSeconds = ('amount' in plan.until ? lastResponseAt - started : performance.now() - started) / 1000;
  return {
    durationSeconds,
    requests: latencies.length,
    requestsPerSecond: latencies.length / durationSeconds,
    latency: summarizeLatencies(latencies),
    pages: pages.map(summarizeLatencies),
    sequences: summarizeLatencies(sequences),
    non2xx,
    graphqlErrors,
    transportErrors: result.errors,
    firstFailure: firstFailure ?? (result.errors ? `${result.errors} connection errors (${result.timeouts} of them timeouts)` : null),
  };
}

const isRunMessage = (message: unknown): message is { type: 'run'; plan: LoadPlan } =>
  typeof message === 'object' && message !== null && 'type' in message && message.type === 'run' && 'plan' in message;

process.on('message', (message: unknown) => {
  if (!isRunMessage(message)) return;
  const reply = (answer: LoadReply) => process.send?.(answer);
  run(message.plan).then(
    (result) => reply({ type: 'result', result }),
    (error: unknown) => reply({ type: 'failed', message: error instanceof Error ? error.stack ?? error.message : String(error) }),
  );
});
console.log('ready load');
