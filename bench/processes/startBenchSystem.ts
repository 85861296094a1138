import { join } from 'node:path';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../scripts/composeSupergraph';
import type { BenchStorage } from './createBenchStorage';
import type { BenchProcess, ProcessGroup } from './createProcessGroup';
import { freePort } from './freePort';

export type GatewayName = 'ours' | 'apollo' | 'hive';

export interface BenchSystem {
  gateways: Record<GatewayName, BenchProcess>;
  subgraphs: Record<SubgraphName, BenchProcess>;
  load: BenchProcess;
}

const HOST = '127.0.0.1';
const DIST = join(__dirname, '..', '..');
const SUPERGRAPH_PATH = join(DIST, '..', 'schema', 'supergraph.graphql');
const PEER_MAIN = join(DIST, 'bench', 'peers', 'peerMain.js');
const GATEWAY_MAIN = join(DIST, 'gateway', 'main.js');
/** Raised for load: the limits protect the public endpoint from one client, and here one client is the whole load. */
const RATE_LIMIT_FOR_LOAD = '1000000';
const URL_VARIABLES: Record<SubgraphName, string> = { institutions: 'INSTITUTIONS_URL', records: 'RECORDS_URL', complaints: 'COMPLAINTS_URL', repair: 'REPAIR_URL' };

/** The environment of every child: this one's, without a storage choice of its own, and no telemetry. */
function baseEnv(storage: BenchStorage): NodeJS.ProcessEnv {
  const { MYSQL_URL: _url, MYSQL_DATABASE_PREFIX: _prefix, DATA_DIR: _dir, ...rest } = process.env;
  return { ...rest, ...storage.env, APOLLO_TELEMETRY_DISABLED: '1' };
}

/**
 * Every process of the benchmark, each on a port chosen up front (the subgraphs ask our gateway
 * for other agencies' facts, so they must know its address before it starts): the four subgraphs,
 * our gateway (the product's dist/gateway/main.js), the Apollo and Hive peers, and the load generator.
 */
export async function startBenchSystem(group: ProcessGroup, storage: BenchStorage): Promise<BenchSystem> {
  const env = baseEnv(storage);
  const port = { ours: await freePort(), apollo: await freePort(), hive: await freePort() };
  const subgraphPorts = Object.fromEntries(await Promise.all(SUBGRAPH_NAMES.map(async (name) => [name, await freePort()] as const)));
  const subgraphUrl = (name: SubgraphName) => `http://${HOST}:${subgraphPorts[name]}/graphql`;
  const urlEnv = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [URL_VARIABLES[name], subgraphUrl(name)]));

  const startSubgraph = (name: SubgraphName) =>
    group.start({
      name,
      modulePath: join(__dirname, 'subgraphMain.js'),
      env: { ...env, SUBGRAPH: name, PORT: String(subgraphPorts[name]), HOST, GATEWAY_URL: `http://${HOST}:${port.ours}/graphql` },
      ready: /^ready (\S+)/,
    });
  const subgraphs: Record<SubgraphName, BenchProcess> = {
    institutions: await startSubgraph('institutions'),
    records: await startSubgraph('records'),
    complaints: await startSubgraph('complaints'),
    repair: await startSubgraph('repair'),
  };
  const ours = await group.start({
    name: 'ours',
    modulePath: GATEWAY_MAIN,
    env: { ...env, ...urlEnv, GATEWAY_PORT: String(port.ours), GATEWAY_HOST: HOST, PUBLIC_SUBMISSIONS_PER_MINUTE: RATE_LIMIT_FOR_LOAD, STATUS_LOOKUPS_PER_MINUTE: RATE_LIMIT_FOR_LOAD },
    ready: /gateway listening on \S+: (http\S+\/graphql)/,
  });
  const startPeer = (kind: 'apollo' | 'hive') =>
    group.start({ name: kind, modulePath: PEER_MAIN, args: [kind], env: { ...env, ...urlEnv, PORT: String(port[kind]), HOST, SUPERGRAPH_PATH }, ready: /^ready (\S+)/ });
  const gateways = { ours, apollo: await startPeer('apollo'), hive: await startPeer('hive') };
  const load = await group.start({ name: 'load', modulePath: join(__dirname, 'loadMain.js'), env, ready: /^ready (load)$/ });
  return { gateways, subgraphs, load };
}
