import { startSystem, type System } from '../../scripts/startSystem';
import type { SubgraphName } from '../../scripts/composeSupergraph';
import type { GraphQLResponse } from './startTestSubgraph';
import { createStatementCounter, type StatementCounter } from './statementCounter';
import { createTestStorage, type Driver } from './testStorage';

export interface TestSystem extends System {
  statements: Record<SubgraphName, StatementCounter>;
  /** POSTs an operation to the gateway. */
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** The raw HTTP response body, for checks on what a client can see. */
  rawQuery(query: string, variables?: Record<string, unknown>): Promise<{ status: number; body: string }>;
}

const FREE = { gateway: 0, institutions: 0, records: 0, complaints: 0, repair: 0 };

/** The four subgraphs and the gateway in-process on free ports, over fresh storage of `driver`. */
export async function startTestSystem(driver: Driver, options: { demo?: boolean } = {}): Promise<TestSystem> {
  const storage = createTestStorage(driver);
  const statements: Record<SubgraphName, StatementCounter> = {
    institutions: createStatementCounter(),
    records: createStatementCounter(),
    complaints: createStatementCounter(),
    repair: createStatementCounter(),
  };
  const system = await startSystem({
    storageFor: (name) => storage.storageFor(name),
    ports: FREE,
    demo: options.demo ?? false,
    loggerFor: (name) => statements[name],
    subgraphTimeoutMs: 10_000,
    gatewayLogger: { debug: () => undefined, info: () => undefined, warn: console.warn, error: console.error },
  });
  const rawQuery = async (query: string, variables?: Record<string, unknown>) => {
    const response = await fetch(system.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: await response.text() };
  };
  return {
    ...system,
    statements,
    rawQuery,
    query: async <T,>(query: string, variables?: Record<string, unknown>) => {
      const parsed: unknown = JSON.parse((await rawQuery(query, variables)).body);
      return parsed as GraphQLResponse<T>;
    },
    close: async () => {
      await system.close();
      await storage.cleanup();
    },
  };
}
