import httpTransport from '@graphql-mesh/transport-http';
import { parse } from 'graphql';
import { listen } from '../../subgraphs/kit/server/listen';
import { createIdentityHeaders, type SubgraphIdentityHeaders } from './createIdentityHeaders';
import { loadHiveGatewayRuntime } from './loadHiveGatewayRuntime';
import type { Peer, PeerOptions } from './Peer';

/**
 * Hive Gateway's runtime on our supergraph, for the benchmark to compare with ours: each subgraph
 * over '@graphql-mesh/transport-http' at its overridden address, served by node:http.
 * Stock defaults that apply: Hive's default plugins only (health and readiness checks, request
 * id, subgraph error handling, retry on schema reload) with GraphQL Yoga's parse and validation
 * caches and error masking, its batched entity fetches, the @whatwg-node/fetch HTTP client (no
 * upstream timeout), its default logger, landing page and GraphiQL (GET only). Left off, as by
 * default: response caching, compression, upstream retry and timeout, request deduplication,
 * execution cancellation, CSRF prevention, introspection switch, demand control. The one
 * addition is the identity hook (createIdentityHeaders.ts) through Hive's own
 * propagateHeaders.fromClientToSubgraphs, called for each subgraph request.
 *
 * Under load Node warns "MaxListenersExceededWarning … 11 abort listeners added to [AbortSignal]":
 * Hive's HTTP executor hands every request in flight to a subgraph that subgraph's one dispose
 * signal, so more than 10 concurrent requests to one subgraph trip the warning. Each listener
 * is removed when its response ends: a warning, not a leak.
 */
export async function createHivePeer(options: PeerOptions): Promise<Peer> {
  const { createGatewayRuntime } = await loadHiveGatewayRuntime();
  const identityHeaders = await createIdentityHeaders();
  // A plan calls a subgraph several times per client request: verify once, sign once per subgraph.
  const byRequest = new WeakMap<object, Promise<SubgraphIdentityHeaders>>();
  const runtime = createGatewayRuntime({
    // Parsed: a string would be tried as a file path or URL first.
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
