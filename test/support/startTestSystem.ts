import { startSystem, type System, type SystemOptions } from '../../scripts/startSystem';
import type { SubgraphName } from '../../scripts/composeSupergraph';
import type { GraphQLResponse } from './startTestSubgraph';
import { createStatementCounter, type StatementCounter } from '../../subgraphs/kit/data/createStatementCounter';
import { createTestStorage, type Driver } from './testStorage';
import type { Identity } from '../../subgraphs/kit/identity/identity';
import { mintDevToken } from '../../subgraphs/kit/identity/mintDevToken';

export interface QueryOptions {
  /** Who asks (a development bearer token is minted); null asks as the anonymous public. */
  as?: Omit<Identity, 'clientAddress'> | null;
  /** A raw Authorization header instead. */
  authorization?: string;
}

const NATIONAL_REGULATOR = { role: 'NATIONAL_REGULATOR', subject: 'test-national-regulator' } as const;

export interface TestSystem extends System {
  statements: Record<SubgraphName, StatementCounter>;
  /** POSTs an operation to the gateway. */
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, options?: QueryOptions): Promise<GraphQLResponse<T>>;
  /** The raw HTTP response body, for checks on what a client can see. */
  rawQuery(query: string, variables?: Record<string, unknown>, options?: QueryOptions): Promise<{ status: number; body: string }>;
}

const FREE = { gateway: 0, institutions: 0, records: 0, complaints: 0, repair: 0 };

/** The four subgraphs and the gateway in-process on free ports, over fresh storage of `driver`; `now` sets the subgraphs' clock. */
export async function startTestSystem(
  driver: Driver,
  options: { demo?: boolean; now?: () => Date; publicRateLimits?: SystemOptions['publicRateLimits'] } = {},
): Promise<TestSystem> {
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
    now: options.now,
    publicRateLimits: options.publicRateLimits,
    loggerFor: (name) => statements[name],
    subgraphTimeoutMs: 10_000,
    gatewayLogger: { debug: () => undefined, info: () => undefined, warn: console.warn, error: console.error },
  });
  const rawQuery = async (query: string, variables?: Record<string, unknown>, options: QueryOptions = {}) => {
    const as = options.as === undefined ? NATIONAL_REGULATOR : options.as;
    const authorization = options.authorization ?? (as ? `Bearer ${await mintDevToken(as)}` : undefined);
    const response = await fetch(system.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: await response.text() };
  };
  return {
    ...system,
    statements,
    rawQuery,
    query: async <T,>(query: string, variables?: Record<string, unknown>, options?: QueryOptions) => {
      const parsed: unknown = JSON.parse((await rawQuery(query, variables, options)).body);
      return parsed as GraphQLResponse<T>;
    },
    close: async () => {
      await system.close();
      await storage.cleanup();
    },
  };
}
