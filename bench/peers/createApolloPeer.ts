import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { listen } from '../../subgraphs/kit/server/listen';
import { createIdentityHeaders, type SubgraphIdentityHeaders } from './createIdentityHeaders';
import type { Peer, PeerOptions } from './Peer';

interface ApolloPeerContext {
  identityHeaders: SubgraphIdentityHeaders;
}

function isSubgraphName(name: string, urls: PeerOptions['subgraphUrls']): name is keyof PeerOptions['subgraphUrls'] {
  return Object.hasOwn(urls, name);
}

/**
 * The stock Apollo Federation gateway on our supergraph, for the benchmark to compare with ours.
 * Stock defaults that apply: @apollo/gateway with a static supergraph, its own make-fetch-happen
 * fetcher (no timeout) and its in-memory query-plan cache; @apollo/server 5 under express5 with
 * express.json() (100 kB), its in-memory document cache (parse and validation), its cache-control
 * plugin (hints only: no response cache), CSRF prevention, and outside NODE_ENV=production
 * introspection, the landing page (GET only) and stack traces in error responses; usage and
 * schema reporting off without APOLLO_KEY; telemetry off. None of ours: no query limits, input
 * checks, rate limits or error formatting, not our subgraph fetcher. The one addition is the
 * identity hook (createIdentityHeaders.ts) in each subgraph request's willSendRequest.
 */
export async function createApolloPeer(options: PeerOptions): Promise<Peer> {
  // ApolloGateway's constructor reads it.
  process.env.APOLLO_TELEMETRY_DISABLED = '1';
  const identityHeaders = await createIdentityHeaders();
  const { subgraphUrls } = options;
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource<ApolloPeerContext>({
        url: isSubgraphName(name, subgraphUrls) ? subgraphUrls[name] : url,
        async willSendRequest(request) {
          // Health checks and schema loading have no client request (a static supergraph makes none).
          if (!('incomingRequestContext' in request)) return;
          const headers = await request.context.identityHeaders(name);
          for (const [header, value] of Object.entries(headers)) request.request.http?.headers.set(header, value);
        },
      }),
  });
  // Apollo's own signal handler would stop the server and re-raise SIGTERM; peerMain closes the
  // listener first and exits 0. Shutdown only: nothing a request goes through.
  const server = new ApolloServer<ApolloPeerContext>({ gateway, stopOnTerminationSignals: false });
  await server.start();

  const app = express();
  app.use(
    '/graphql',
    express.json(),
    expressMiddleware(server, {
      context: async ({ req }) => ({
        identityHeaders: await identityHeaders.forRequest(req.header('authorization'), req.socket.remoteAddress),
      }),
    }),
  );

  return {
    async listen(port, host) {
      const listening = await listen(app, port, host);
      return {
        url: listening.url,
        close: async () => {
          await listening.close();
          await server.stop();
        },
      };
    },
  };
}
