import { warnAboutCalendarHorizon } from '../calendar/warnAboutCalendarHorizon';
import { createDataSource } from '../data/createDataSource';
import { storageConfigFromEnv } from '../data/storageConfig';
import { createSubgraph } from './createSubgraph';
import { listen } from './listen';
import { portFromEnv } from './portFromEnv';
import { shutdownOnSignal } from './shutdownOnSignal';
import type { SubgraphDefinition } from './subgraphDefinition';

const DEFAULT_GATEWAY_URL = 'http://127.0.0.1:4000/graphql';

/**
 * Runs one subgraph as its own process: storage from the environment (see storageConfig),
 * migrations (unless RUN_MIGRATIONS=false, for deployments that migrate in a separate step),
 * the demo data set when DEMO_DATA=true (into an empty database), then listens on PORT (or
 * `defaultPort`). SIGTERM stops it gracefully (see shutdownOnSignal). It asks the gateway at GATEWAY_URL for other
 * agencies' facts.
 */
export async function startSubgraph<Loaders>(definition: SubgraphDefinition<Loaders>, defaultPort: number): Promise<void> {
  process.env.APOLLO_TELEMETRY_DISABLED = '1';
  const port = portFromEnv('PORT', defaultPort);
  const gatewayUrl = process.env.GATEWAY_URL || DEFAULT_GATEWAY_URL;
  if (!/^https?:\/\//.test(gatewayUrl) || !URL.canParse(gatewayUrl)) {
    throw new Error(`GATEWAY_URL must be an http:// or https:// URL like ${DEFAULT_GATEWAY_URL}`);
  }
  const storage = storageConfigFromEnv(definition.name);
  const dataSource = await createDataSource({ storage, entities: definition.entities, migrations: definition.migrations });
  if (process.env.RUN_MIGRATIONS !== 'false') await dataSource.runMigrations({ transaction: 'each' });
  if (process.env.DEMO_DATA === 'true' && definition.seedDemo) await definition.seedDemo(dataSource);
  const subgraph = await createSubgraph(definition, { dataSource, gatewayUrl: () => gatewayUrl });
  const listening = await listen(subgraph.app, port, process.env.HOST ?? '0.0.0.0');
  console.log(`${definition.name} subgraph on port ${listening.port} (${storage.driver})`);
  warnAboutCalendarHorizon(definition.name);
  shutdownOnSignal(`${definition.name} subgraph`, async () => {
    await listening.close();
    await subgraph.stop();
    await dataSource.destroy();
  });
}
