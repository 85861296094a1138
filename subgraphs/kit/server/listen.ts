import { createServer, type Server } from 'node:http';
import type { RequestListener } from 'node:http';

export interface Listening {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

/**
 * Keep-alive longer than any client's idle-socket timeout (the gateway's agent keeps idle
 * sockets 30 s), so a client never writes to a socket the server is closing ("socket hang up").
 */
const KEEP_ALIVE_TIMEOUT_MS = 65_000;

/** Starts an app on a port (0 = a free one) and says where it listens. */
export function listen(app: RequestListener, port: number, host = '0.0.0.0', path = '/graphql'): Promise<Listening> {
  const server = createServer(app);
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      resolve({
        url: `http://127.0.0.1:${bound}${path}`,
        port: bound,
        server,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
