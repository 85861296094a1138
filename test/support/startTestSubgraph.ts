import type { DataSource } from 'typeorm';
import { createDataSource } from '../../subgraphs/kit/data/createDataSource';
import type { StorageConfig } from '../../subgraphs/kit/data/storageConfig';
import { createSubgraph, type SubgraphOptions } from '../../subgraphs/kit/server/createSubgraph';
import { listen } from '../../subgraphs/kit/server/listen';
import type { SubgraphDefinition } from '../../subgraphs/kit/server/subgraphDefinition';
import { createStatementCounter, type StatementCounter } from '../../subgraphs/kit/data/createStatementCounter';
import type { Identity } from '../../subgraphs/kit/identity/identity';
import { createIdentitySigner, IDENTITY_HEADER } from '../../subgraphs/kit/identity/identityToken';
import { gatewayPrivateKeyPem } from '../../subgraphs/kit/identity/keyMaterial';

/** Who the tests are by default: the national regulator, who may read and act everywhere. */
export const NATIONAL_REGULATOR: Identity = { role: 'NATIONAL_REGULATOR', subject: 'test-national-regulator' };

export interface RequestOptions {
  /** The identity the (development) gateway key signs for this subgraph; null sends none. */
  identity?: Identity | null;
  /** A raw identity header, for tampered or misaddressed tokens. */
  identityHeader?: string;
}

export interface TestSubgraph {
  name: string;
  url: string;
  dataSource: DataSource;
  statements: StatementCounter;
  /** POSTs an operation to the subgraph directly. */
  request<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export type TestSubgraphOptions = Omit<SubgraphOptions, 'dataSource' | 'gatewayUrl'> & Partial<Pick<SubgraphOptions, 'gatewayUrl'>>;

const noGateway = (): string => {
  throw new Error('this test runs the subgraph without a gateway');
};

/**
 * A subgraph on a free port over migrated test storage, counting its SQL statements.
 * Without `gatewayUrl`, asking the gateway fails (SERVICE_UNAVAILABLE).
 */
export async function startTestSubgraph<L>(
  definition: SubgraphDefinition<L>,
  storage: StorageConfig,
  options: TestSubgraphOptions = {},
): Promise<TestSubgraph> {
  const statements = createStatementCounter();
  const dataSource = await createDataSource({ storage, entities: definition.entities, migrations: definition.migrations, logger: statements });
  await dataSource.runMigrations({ transaction: 'each' });
  const subgraph = await createSubgraph(definition, { ...options, gatewayUrl: options.gatewayUrl ?? noGateway, dataSource });
  const listening = await listen(subgraph.app, 0, '127.0.0.1');
  const signer = await createIdentitySigner(gatewayPrivateKeyPem());
  statements.reset();
  return {
    name: definition.name,
    url: listening.url,
    dataSource,
    statements,
    request: async <T,>(query: string, variables?: Record<string, unknown>, requestOptions: RequestOptions = {}) => {
      const identity = requestOptions.identity === undefined ? NATIONAL_REGULATOR : requestOptions.identity;
      const header = requestOptions.identityHeader ?? (identity ? await signer.sign(identity, definition.name) : undefined);
      const response = await fetch(listening.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(header ? { [IDENTITY_HEADER]: header } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body: unknown = await response.json();
      return body as GraphQLResponse<T>;
    },
    close: async () => {
      await listening.close();
      await subgraph.stop();
      await dataSource.destroy();
    },
  };
}
