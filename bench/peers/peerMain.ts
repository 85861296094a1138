// Before any Apollo module loads: the modules below are imported only after this line runs.
process.env.APOLLO_TELEMETRY_DISABLED = '1';

import type { SubgraphName } from '../../scripts/composeSupergraph';

const KINDS = ['apollo', 'hive'] as const;
type PeerKind = (typeof KINDS)[number];

const isPeerKind = (text: string | undefined): text is PeerKind => KINDS.some((kind) => kind === text);

/**
 * One peer gateway as a process, for the benchmark: `node dist/bench/peers/peerMain.js apollo|hive`
 * with PORT (0 = a free one), HOST (127.0.0.1), INSTITUTIONS_URL…REPAIR_URL (127.0.0.1:4001…4004)
 * and SUPERGRAPH_PATH (schema/supergraph.graphql). Prints `ready <url>` once listening; on
 * SIGTERM stops accepting, finishes the requests in flight and exits 0.
 */
async function main(): Promise<void> {
  const kind = process.argv[2];
  if (!isPeerKind(kind)) throw new Error(`usage: node dist/bench/peers/peerMain.js ${KINDS.join('|')} (got "${kind ?? ''}")`);
  const { readFileSync } = await import('node:fs');
  const { join, resolve } = await import('node:path');
  const { readGatewayEnv } = await import('../../gateway/readGatewayEnv');
  const { portFromEnv } = await import('../../subgraphs/kit/server/portFromEnv');
  const { schemaDir } = await import('../../subgraphs/kit/server/readSchema');
  const { shutdownOnSignal } = await import('../../subgraphs/kit/server/shutdownOnSignal');
  const { createApolloPeer } = await import('./createApolloPeer');
  const { createHivePeer } = await import('./createHivePeer');

  // The subgraph addresses and SUPERGRAPH_PATH as our gateway reads them: same defaults, same refusals.
  const { options } = readGatewayEnv(process.env);
  const urls = options.subgraphUrls ?? {};
  const urlOf = (name: SubgraphName): string => {
    const url = urls[name];
    if (!url) throw new Error(`no address for the ${name} subgraph`);
    return url;
  };
  const supergraphPath = options.supergraphPath ? resolve(options.supergraphPath) : join(schemaDir(), 'supergraph.graphql');
  const peerOptions = {
    supergraphSdl: readFileSync(supergraphPath, 'utf8'),
    subgraphUrls: { institutions: urlOf('institutions'), records: urlOf('records'), complaints: urlOf('complaints'), repair: urlOf('repair') },
  };
  const peer = kind === 'apollo' ? await createApolloPeer(peerOptions) : await createHivePeer(peerOptions);
  const listening = await peer.listen(portFromEnv('PORT', 0), process.env.HOST || '127.0.0.1');
  console.log(`ready ${listening.url}`);
  shutdownOnSignal(`${kind} peer`, () => listening.close());
}

main().catch((error: unknown) => {
  console.error('peer failed to start', error);
  process.exit(1);
});
