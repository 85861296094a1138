import type { DataSource, Logger } from 'typeorm';
import { createGateway } from '../gateway/createGateway';
import type { Logger as GatewayLogger } from '../gateway/Logger';
import type { PublicRateLimits } from '../gateway/limits/publicRateLimits';
import { createDataSource } from '../subgraphs/kit/data/createDataSource';
import type { StorageConfig } from '../subgraphs/kit/data/storageConfig';
import { createSubgraph } from '../subgraphs/kit/server/createSubgraph';
import { listen, type Listening } from '../subgraphs/kit/server/listen';
import type { SubgraphDefinition } from '../subgraphs/kit/server/subgraphDefinition';
import { allSubgraphs } from './allSubgraphs';
import { SUBGRAPH_NAMES, type SubgraphName } from './composeSupergraph';

export interface SystemOptions {
  storageFor: (name: SubgraphName) => StorageConfig;
  /** 0 for a free port (tests). */
  ports: Record<SubgraphName | 'gateway', number>;
  host?: string;
  /** Load the demo data set into empty databases. */
  demo?: boolean;
  /** A TypeORM logger per subgraph (the tests count statements with it). */
  loggerFor?: (name: SubgraphName) => Logger | undefined;
  production?: boolean;
  subgraphTimeoutMs?: number;
  supergraphPath?: string;
  /** Where the gateway logs (default console). */
  gatewayLogger?: GatewayLogger;
  /** The subgraphs' clock (default the system clock): tests move it to see dates pass. */
  now?: () => Date;
  /** The gateway's limits on the public (default from the environment): load tests raise them. */
  publicRateLimits?: Partial<PublicRateLimits>;
}

export interface RunningSubgraph {
  url: string;
  dataSource: DataSource;
  /** Stops listening (an outage, for tests); `resume` listens again on the same port. */
  pause(): Promise<void>;
  resume(): Promise<void>;
}

export interface System {
  gatewayUrl: string;
  subgraphs: Record<SubgraphName, RunningSubgraph>;
  close(): Promise<void>;
}

/**
 * The whole system in one process: each subgraph over its own database (migrated, optionally
 * seeded) on its own port, and the gateway over the composed supergraph pointing at them.
 * The subgraphs ask the gateway for other agencies' facts once it listens.
 */
export async function startSystem(options: SystemOptions): Promise<System> {
  const host = options.host ?? '127.0.0.1';
  const closers: (() => Promise<void>)[] = [];
  const close = async () => {
    for (const closer of closers.reverse()) await closer();
  };
  let gatewayUrl: string | null = null;
  const askGatewayAt = () => {
    if (gatewayUrl === null) throw new Error('the gateway is not listening yet');
    return gatewayUrl;
  };
  try {
    const started: Record<SubgraphName, RunningSubgraph> = {
      institutions: await startOne(allSubgraphs.institutions, options, host, askGatewayAt, closers),
      records: await startOne(allSubgraphs.records, options, host, askGatewayAt, closers),
      complaints: await startOne(allSubgraphs.complaints, options, host, askGatewayAt, closers),
      repair: await startOne(allSubgraphs.repair, options, host, askGatewayAt, closers),
    };
    const gateway = await createGateway({
      supergraphPath: options.supergraphPath,
      subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, started[name].url])),
      production: options.production ?? false,
      subgraphTimeoutMs: options.subgraphTimeoutMs,
      logger: options.gatewayLogger,
      now: options.now,
      publicRateLimits: options.publicRateLimits,
    });
    closers.push(() => gateway.stop());
    const listening = await listen(gateway.app, options.ports.gateway, host);
    closers.push(() => listening.close());
    gatewayUrl = listening.url;
    return { gatewayUrl: listening.url, subgraphs: started, close };
  } catch (error) {
    await close();
    throw error;
  }
}

async function startOne<L>(
  definition: SubgraphDefinition<L>,
  options: SystemOptions,
  host: string,
  gatewayUrl: () => string,
  closers: (() => Promise<void>)[],
): Promise<RunningSubgraph> {
  const name = definition.name as SubgraphName;
  const dataSource = await createDataSource({
    storage: options.storageFor(name),
    entities: definition.entities,
    migrations: definition.migrations,
    logger: options.loggerFor?.(name),
  });
  closers.push(() => dataSource.destroy());
  await dataSource.runMigrations({ transaction: 'each' });
  if (options.demo && definition.seedDemo) await definition.seedDemo(dataSource);
  const subgraph = await createSubgraph(definition, { dataSource, gatewayUrl, now: options.now });
  closers.push(() => subgraph.stop());
  let listening: Listening | null = await listen(subgraph.app, options.ports[name], host);
  const { url, port } = listening;
  const pause = async () => {
    await listening?.close();
    listening = null;
  };
  closers.push(pause);
  return {
    url,
    dataSource,
    pause,
    resume: async () => {
      listening ??= await listen(subgraph.app, port, host);
    },
  };
}
