import type { GatewayOptions, SubgraphName } from './createGateway';

export interface GatewayEnv {
  port: number;
  host: string;
  options: GatewayOptions;
}

const SUBGRAPHS: ReadonlyArray<{ name: SubgraphName; variable: string; port: number }> = [
  { name: 'institutions', variable: 'INSTITUTIONS_URL', port: 4001 },
  { name: 'records', variable: 'RECORDS_URL', port: 4002 },
  { name: 'complaints', variable: 'COMPLAINTS_URL', port: 4003 },
  { name: 'repair', variable: 'REPAIR_URL', port: 4004 },
];

function integer(env: NodeJS.ProcessEnv, variable: string, fallback: number, min: number, max: number): number {
  const text = env[variable];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${variable} must be an integer from ${min} to ${max}, got "${text}"`);
  }
  return value;
}

/**
 * The gateway's settings from the environment: GATEWAY_PORT (4000), GATEWAY_HOST (0.0.0.0),
 * SUPERGRAPH_PATH, INSTITUTIONS_URL / RECORDS_URL / COMPLAINTS_URL / REPAIR_URL
 * (http://127.0.0.1:4001..4004/graphql), SUBGRAPH_TIMEOUT_MS (10000), NODE_ENV.
 */
export function readGatewayEnv(env: NodeJS.ProcessEnv): GatewayEnv {
  const subgraphUrls: Partial<Record<SubgraphName, string>> = {};
  for (const { name, variable, port } of SUBGRAPHS) {
    subgraphUrls[name] = env[variable] || `http://127.0.0.1:${port}/graphql`;
  }
  return {
    port: integer(env, 'GATEWAY_PORT', 4000, 0, 65_535),
    host: env.GATEWAY_HOST || '0.0.0.0',
    options: {
      supergraphPath: env.SUPERGRAPH_PATH || undefined,
      subgraphUrls,
      subgraphTimeoutMs: integer(env, 'SUBGRAPH_TIMEOUT_MS', 10_000, 1, 600_000),
      production: env.NODE_ENV === 'production',
    },
  };
}
