import { portFromEnv } from '../subgraphs/kit/server/portFromEnv';
import type { GatewayOptions, SubgraphName } from './createGateway';
import { integerFromEnv } from './integerFromEnv';
import { publicRateLimitsFromEnv } from './limits/publicRateLimits';
import { queryLimitsFromEnv } from './limits/queryLimits';
import { trustProxyFromEnv } from './limits/trustProxyFromEnv';

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

/** A subgraph address: an absolute http(s) URL; the refusal repeats a URL only when it does not parse. */
function subgraphUrl(env: NodeJS.ProcessEnv, variable: string, fallback: string): string {
  const text = env[variable];
  if (text === undefined || text === '') return fallback;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`${variable} must be an http:// or https:// URL such as http://records:4000/graphql, got "${text}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${variable} must be an http:// or https:// URL, got one with "${url.protocol}"`);
  }
  return text;
}

/**
 * The gateway's settings from the environment: GATEWAY_PORT (4000), GATEWAY_HOST (0.0.0.0),
 * SUPERGRAPH_PATH, INSTITUTIONS_URL / RECORDS_URL / COMPLAINTS_URL / REPAIR_URL
 * (http://127.0.0.1:4001..4004/graphql), SUBGRAPH_TIMEOUT_MS (10000), NODE_ENV, the query limits
 * (GRAPHQL_MAX_*), the public's rate limits (PUBLIC_SUBMISSIONS_PER_MINUTE, STATUS_LOOKUPS_PER_MINUTE)
 * and TRUST_PROXY.
 * A value that cannot be used is refused here, naming its variable, before anything starts.
 */
export function readGatewayEnv(env: NodeJS.ProcessEnv): GatewayEnv {
  const subgraphUrls: Partial<Record<SubgraphName, string>> = {};
  for (const { name, variable, port } of SUBGRAPHS) {
    subgraphUrls[name] = subgraphUrl(env, variable, `http://127.0.0.1:${port}/graphql`);
  }
  return {
    port: portFromEnv('GATEWAY_PORT', 4000, env),
    host: env.GATEWAY_HOST || '0.0.0.0',
    options: {
      supergraphPath: env.SUPERGRAPH_PATH || undefined,
      subgraphUrls,
      subgraphTimeoutMs: integerFromEnv(env, 'SUBGRAPH_TIMEOUT_MS', 10_000, 1, 600_000),
      production: env.NODE_ENV === 'production',
      queryLimits: queryLimitsFromEnv(env),
      publicRateLimits: publicRateLimitsFromEnv(env),
      trustProxy: trustProxyFromEnv(env),
    },
  };
}
