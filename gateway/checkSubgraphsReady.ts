import type { Fetcher } from './createSubgraphFetcher';
import type { SubgraphEndpoint } from './readSupergraphSubgraphs';

export interface Readiness {
  status: 'ok' | 'degraded';
  subgraphs: Record<string, { status: 'ok' | 'unavailable' }>;
}

/** A subgraph's readiness endpoint: its GraphQL URL with `/graphql` replaced by `/health/ready`. */
export function readinessUrl(graphqlUrl: string): string {
  const url = new URL(graphqlUrl);
  url.pathname = `${url.pathname.replace(/\/graphql\/?$/, '').replace(/\/$/, '')}/health/ready`;
  url.search = '';
  return url.toString();
}

async function isReady(fetcher: Fetcher, url: string): Promise<boolean> {
  try {
    const response = await fetcher(readinessUrl(url), { method: 'GET' });
    await response.text();
    return response.ok;
  } catch {
    return false;
  }
}

/** Asks every subgraph whether it is ready; reports each by name, never by address. */
export async function checkSubgraphsReady(fetcher: Fetcher, subgraphs: SubgraphEndpoint[]): Promise<Readiness> {
  const answers = await Promise.all(
    subgraphs.map(async ({ name, url }): Promise<[string, boolean]> => [name, await isReady(fetcher, url)]),
  );
  return {
    status: answers.every(([, ready]) => ready) ? 'ok' : 'degraded',
    subgraphs: Object.fromEntries(answers.map(([name, ready]) => [name, { status: ready ? 'ok' : 'unavailable' }])),
  };
}
