import type { IncomingMessage, ServerResponse } from 'node:http';
import { listen } from '../../subgraphs/kit/server/listen';

/**
 * What the proxy does to one request: forward it; cut the client's connection before forwarding
 * (the server never sees it); forward it and cut the connection instead of answering (the server
 * acted, the client never learns it); or hold it back, then forward it whether or not the client
 * is still waiting (a late duplicate when the client has given up and retried); or send it twice
 * at once (a duplicating hop), answering with the first answer.
 */
export type FaultPlan = { kind: 'pass' } | { kind: 'dropRequest' } | { kind: 'dropResponse' } | { kind: 'delay'; ms: number } | { kind: 'duplicate' };

/** One request as the proxy saw it (a duplicate's copy is one more), with the answer the server gave (none when dropped before forwarding). */
export interface ProxiedExchange {
  plan: FaultPlan;
  requestBody: string;
  status?: number;
  responseBody?: string;
  /** Whether the client received the answer. */
  delivered: boolean;
}

export interface FaultProxy {
  url: string;
  exchanges: ProxiedExchange[];
  /** Waits until every request it took in has been forwarded and answered (or dropped). */
  settled(): Promise<void>;
  close(): Promise<void>;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

/** An HTTP proxy in front of `target` (a GraphQL POST endpoint) that applies `plan()` to each request. */
export async function startFaultProxy(options: { target: string; plan: () => FaultPlan }): Promise<FaultProxy> {
  const exchanges: ProxiedExchange[] = [];
  const inFlight = new Set<Promise<void>>();

  const forward = async (exchange: ProxiedExchange, authorization: string | undefined) => {
    exchanges.push(exchange);
    const answer = await fetch(options.target, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: exchange.requestBody,
    });
    exchange.status = answer.status;
    exchange.responseBody = await answer.text();
    return answer.headers.get('content-type') ?? 'application/json';
  };

  const handle = async (request: IncomingMessage, response: ServerResponse, plan: FaultPlan) => {
    const requestBody = await readBody(request);
    const exchange: ProxiedExchange = { plan, requestBody, delivered: false };
    if (plan.kind === 'dropRequest') {
      exchanges.push(exchange);
      request.socket.destroy();
      return;
    }
    if (plan.kind === 'delay') await pause(plan.ms);
    const authorization = request.headers.authorization;
    const [contentType] = await Promise.all([
      forward(exchange, authorization),
      ...(plan.kind === 'duplicate' ? [forward({ plan, requestBody, delivered: false }, authorization)] : []),
    ]);
    if (plan.kind === 'dropResponse' || response.destroyed) {
      request.socket.destroy();
      return;
    }
    response.writeHead(exchange.status ?? 502, { 'content-type': contentType });
    response.end(exchange.responseBody);
    exchange.delivered = true;
  };

  const listening = await listen(
    (request, response) => {
      const work = handle(request, response, options.plan()).catch(() => {
        if (!response.headersSent) response.writeHead(502).end();
      });
      inFlight.add(work);
      void work.finally(() => inFlight.delete(work));
    },
    0,
    '127.0.0.1',
  );
  return {
    url: listening.url,
    exchanges,
    settled: async () => {
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
    close: () => listening.close(1_000),
  };
}
