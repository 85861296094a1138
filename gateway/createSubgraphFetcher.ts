import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { deduplicateInflightQueries } from './deduplicateInflightQueries';

export type Fetcher = RemoteGraphQLDataSource['fetcher'];
/** What a fetcher answers: the subset of a WHATWG Response the Apollo gateway reads. */
export type SubgraphResponse = Awaited<ReturnType<Fetcher>>;

export interface SubgraphFetcherOptions {
  /** The longest a subgraph request may take, response body included. */
  timeoutMs: number;
  /**
   * How long an idle keep-alive socket is kept. Must stay below the subgraphs' keepAliveTimeout
   * (65 s, subgraphs/kit/server/listen.ts), else the gateway may write to a socket the subgraph
   * is closing ("socket hang up").
   */
  idleSocketTimeoutMs?: number;
  /** The largest answer taken from a subgraph, body only; a larger one fails the request. Default 32 MiB. */
  maxResponseBytes?: number;
  /** Identical queries in flight share one call (deduplicateInflightQueries.ts). Default true. */
  deduplicateQueries?: boolean;
}

export interface SubgraphFetcher {
  fetch: Fetcher;
  /** Closes its sockets; call when the gateway stops. */
  close(): void;
}

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/**
 * The answer as the gateway reads it, over the body already in memory. A WHATWG Response would
 * wrap the buffer in a web stream only to read it back whole: a measurable share of the gateway's
 * CPU per subgraph call (issue 6).
 */
function toResponse(url: string, message: IncomingMessage, body: Buffer): SubgraphResponse {
  const headers = new Headers();
  for (let i = 0; i < message.rawHeaders.length; i += 2) headers.append(message.rawHeaders[i], message.rawHeaders[i + 1]);
  const status = message.statusCode ?? 502;
  const content = NULL_BODY_STATUSES.has(status) ? Buffer.alloc(0) : body;
  const answer = (): SubgraphResponse => {
    let bodyUsed = false;
    const read = () => {
      if (bodyUsed) return Promise.reject(new TypeError('the body of a subgraph answer has already been read'));
      bodyUsed = true;
      return Promise.resolve(content);
    };
    return {
      get bodyUsed() {
        return bodyUsed;
      },
      url,
      redirected: false,
      status,
      ok: status >= 200 && status < 300,
      statusText: message.statusMessage ?? '',
      headers,
      arrayBuffer: () => read().then((bytes) => new Uint8Array(bytes).buffer),
      text: () => read().then((bytes) => bytes.toString('utf8')),
      json: () => read().then((bytes): unknown => JSON.parse(bytes.toString('utf8'))),
      clone: answer,
    };
  };
  return answer();
}

/** The body of `message`, refused once it grows past `maxBytes` instead of held in memory whole. */
function readBody(message: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    message.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      message.destroy();
      reject(new Error(`subgraph answer larger than ${maxBytes} bytes`));
    });
    message.on('end', () => resolve(Buffer.concat(chunks)));
    message.on('error', reject);
  });
}

/**
 * The HTTP client for subgraph requests: node's http(s) with keep-alive agents whose idle
 * sockets close after `idleSocketTimeoutMs` (30 s), a deadline on every request, and a bound on
 * the size of every answer (`maxResponseBytes`).
 * Node's global fetch (undici) would also keep connections alive, but its idle timeout can only
 * be set through the undici package, which is not a dependency; an http.Agent states it here.
 */
export function createSubgraphFetcher(options: SubgraphFetcherOptions): SubgraphFetcher {
  const agentOptions = { keepAlive: true, timeout: options.idleSocketTimeoutMs ?? 30_000 };
  const httpAgent = new http.Agent(agentOptions);
  const httpsAgent = new https.Agent(agentOptions);
  const maxResponseBytes = options.maxResponseBytes ?? 32 * 1024 * 1024;

  const fetch: Fetcher = (url, init = {}) =>
    new Promise<SubgraphResponse>((resolve, reject) => {
      const target = new URL(url);
      const secure = target.protocol === 'https:';
      const request = (secure ? https : http).request(
        target,
        { method: init.method ?? 'GET', headers: init.headers, agent: secure ? httpsAgent : httpAgent },
        (message) => {
          readBody(message, maxResponseBytes).then((body) => resolve(toResponse(url, message, body)), reject);
        },
      );
      // A plain timer rather than AbortSignal.timeout, whose signal costs more than the request's own
      // bookkeeping; destroying the request fails it, and its body if that is still arriving.
      const deadline = setTimeout(() => request.destroy(new Error(`subgraph request aborted after ${options.timeoutMs} ms`)), options.timeoutMs);
      request.on('close', () => clearTimeout(deadline));
      request.on('error', reject);
      request.end(init.body);
    });

  return {
    fetch: options.deduplicateQueries === false ? fetch : deduplicateInflightQueries(fetch),
    close: () => {
      httpAgent.destroy();
      httpsAgent.destroy();
    },
  };
}
