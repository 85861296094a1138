import httpTransport from '@graphql-mesh/transport-http';
import { parse } from 'graphql';
import { listen } from '../../subgraphs/kit/server/listen';
import { createIdentityHeaders, type SubgraphIdentityHeaders } from './createIdentityHeaders';
import { loadHiveGatewayRuntime } from './loadHiveGatewayRuntime';
import type { Peer, PeerOptions } from './Peer';

/**
 * Hive Gateway's runtime on our supergraph (parsed, so it is not taken for a file path), each
 * subgraph over '@graphql-mesh/transport-http' at its overridden address, served by node:http.
 * Stock: Hive's default plugins only (health and readiness checks, request id, subgraph error
 * handling, retry on schema reload, Yoga's parse and validation caches, masked errors), its
 * default logger, landing page and GraphiQL (GET only); no response caching, no compression,
 * no upstream timeout, retry or request deduplication, no CSRF prevention or introspection
 * switch, no demand control. The one addition is the identity hook (createIdentityHeaders.ts)
 * through Hive's own propagateHeaders.fromClientToSubgraphs, called for each subgraph request.
 */
export async function createHivePeer(options: PeerOptions): Promise<Peer> {
  const { createGatewayRuntime } = await loadHiveGatewayRuntime();
  const identityHeaders = await createIdentityHeaders();
  // A plan calls a subgraph several times per client request: verify once, sign once per subgraph.
  const byRequest = new WeakMap<object, Promise<SubgraphIdentityHeaders>>();
  const runtime = createGatewayRuntime({
    supergraph: parse(options.supergraphSdl),
    transports: { http: httpTransport },
    transportEntries: Object.fromEntries(Object.entries(options.subgraphUrls).map(([name, location]) => [name, { location }])),
    propagateHeaders: {
      async fromClientToSubgraphs({ request, context, subgraphName }) {
        let headers = byRequest.get(request);
        if (!headers) {
          headers = identityHeaders.forRequest(request.headers.get('authorization') ?? undefined, context.req?.socket.remoteAddress);
          byRequest.set(request, headers);
        }
        return (await headers)(subgraphName);
      },
    },
  });

  return {
    async listen(port, host) {
      const listening = await listen(runtime, port, host);
      return {
        url: listening.url,
        close: async () => {
          await listening.close();
          await runtime.dispose();
        },
      };
    },
  };
}
