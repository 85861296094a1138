import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { DataSource, EntitySchema, MigrationInterface, MixedList } from 'typeorm';
import type { Identity } from '../identity/identity';
import type { GatewayClient } from '../services/createGatewayClient';
import type { SubgraphContext } from './context';

/**
 * Everything that makes one agency's subgraph, in the same shape for all four:
 * its entities and migrations (its own database), its per-request loaders, its resolvers.
 * The schema is read from schema/<name>.graphql.
 */
export interface SubgraphDefinition<Loaders> {
  name: string;
  entities: MixedList<Function | string | EntitySchema>;
  migrations: (new () => MigrationInterface)[];
  /** A fresh set for each request, made for the request's verified identity (so they may read only what it may see). */
  createLoaders: (dataSource: DataSource, identity: Identity) => Loaders;
  resolvers: GraphQLResolverMap<SubgraphContext<Loaders>>;
  /** Loads the demo data set into an empty database (does nothing when data exists). */
  seedDemo?: (dataSource: DataSource) => Promise<void>;
  /**
   * Background work that runs while the subgraph does (complaints' relay to records), started
   * with it and stopped (awaited) by its `stop`.
   */
  startWorkers?: (dependencies: WorkerDependencies) => Workers;
}

/** What background work gets: the subgraph's storage, clock and gateway client. */
export interface WorkerDependencies {
  dataSource: DataSource;
  now: () => Date;
  gateway: GatewayClient;
}

export interface Workers {
  /** Stops scheduling and waits for work in flight. */
  stop(): Promise<void>;
}
