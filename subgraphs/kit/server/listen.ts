import { createServer, type Server, type ServerResponse } from 'node:http';
import type { RequestListener } from 'node:http';

export interface Listening {
  url: string;
  port: number;
  server: Server;
  /**
   * Stops accepting connections at once, lets the requests in flight finish (their sockets
   * close with them, idle keep-alive sockets close now), and cuts what is left after `graceMs`.
   */
  close(graceMs?: number): Promise<void>;
}

/**
 * Keep-alive longer than any client's idle-socket timeout (the gateway's agent keeps idle
 * sockets 30 s), so a client never writes to a socket the server is closing ("socket hang up").
 */
const KEEP_ALIVE_TIMEOUT_MS = 65_000;

/** How long `close` waits by default for requests in flight before it cuts them. */
export const CLOSE_GRACE_MS = 10_000;

/** Starts an app on a port (0 = a free one) and says where it listens. */
export function listen(app: RequestListener, port: number, host = '0.0.0.0', path = '/graphql'): Promise<Listening> {
  const server = createServer(app);
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;
  const inFlight = new Set<ServerResponse>();
  let closing = false;
  server.on('request', (_request, response: ServerResponse) => {
    inFlight.add(response);
    response.once('close', () => inFlight.delete(response));
    // Once closing, a keep-alive socket would hold the server open until its idle timeout.
    response.once('finish', () => {
      if (closing) setImmediate(() => server.closeIdleConnections());
    });
  });
  const close = (graceMs = CLOSE_GRACE_MS) =>
    new Promise<void>((done, fail) => {
      closing = true;
      const cut = setTimeout(() => server.closeAllConnections(), graceMs);
      server.close((error) => {
        clearTimeout(cut);
        if (error) fail(error);
        else done();
      });
      for (const response of inFlight) if (!response.headersSent) response.setHeader('Connection', 'close');
      server.closeIdleConnections();
    });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      resolve({ url: `http://127.0.0.1:${bound}${path}`, port: bound, server, close });
    });
  });
}
