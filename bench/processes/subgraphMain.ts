import 'reflect-metadata';
import type { Logger } from 'typeorm';
import { allSubgraphs } from '../../scripts/allSubgraphs';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../scripts/composeSupergraph';
import { createDataSource } from '../../subgraphs/kit/data/createDataSource';
import { createStatementCounter } from '../../subgraphs/kit/data/createStatementCounter';
import { storageConfigFromEnv } from '../../subgraphs/kit/data/storageConfig';
import { createSubgraph } from '../../subgraphs/kit/server/createSubgraph';
import { listen } from '../../subgraphs/kit/server/listen';
import { portFromEnv } from '../../subgraphs/kit/server/portFromEnv';
import { shutdownOnSignal } from '../../subgraphs/kit/server/shutdownOnSignal';
import type { SubgraphDefinition } from '../../subgraphs/kit/server/subgraphDefinition';
import { isSubgraphRequest, type SubgraphReply } from './subgraphMessages';

/**
 * One subgraph as its own process, built as startSubgraph builds it (storage from the environment,
 * already migrated and seeded by the runner) but with a statement counter the runner drives over
 * IPC: 'reset' starts counting from zero, 'read' answers the count and stops counting, so the
 * load runs between measurements pay only for a no-op logger call.
 * Env: SUBGRAPH (its name), PORT, HOST, GATEWAY_URL, MYSQL_URL + MYSQL_DATABASE_PREFIX or DATA_DIR.
 * Prints `ready <url>` when it listens.
 */
async function serve<Loaders>(definition: SubgraphDefinition<Loaders>): Promise<void> {
  const counter = createStatementCounter();
  let counting = false;
  const logger: Logger = { ...counter, logQuery: (query, parameters, runner) => (counting ? counter.logQuery(query, parameters, runner) : undefined) };
  const dataSource = await createDataSource({ storage: storageConfigFromEnv(definition.name), entities: definition.entities, migrations: definition.migrations, logger });
  const gatewayUrl = process.env.GATEWAY_URL ?? '';
  const subgraph = await createSubgraph(definition, { dataSource, gatewayUrl: () => gatewayUrl });
  const listening = await listen(subgraph.app, portFromEnv('PORT', 0), process.env.HOST ?? '127.0.0.1');
  process.on('message', (message: unknown) => {
    if (!isSubgraphRequest(message) || !process.send) return;
    let reply: SubgraphReply;
    if (message.type === 'reset') {
      counter.reset();
      counting = true;
      reply = { type: 'reset' };
    } else {
      counting = false;
      reply = { type: 'statements', count: counter.count };
    }
    process.send(reply);
  });
  shutdownOnSignal(`${definition.name} subgraph`, async () => {
    await listening.close();
    await subgraph.stop();
    await dataSource.destroy();
  });
  console.log(`ready ${listening.url}`);
}

function start(name: SubgraphName): Promise<void> {
  switch (name) {
    case 'institutions':
      return serve(allSubgraphs.institutions);
    case 'records':
      return serve(allSubgraphs.records);
    case 'complaints':
      return serve(allSubgraphs.complaints);
    case 'repair':
      return serve(allSubgraphs.repair);
  }
}

process.env.APOLLO_TELEMETRY_DISABLED = '1';
const name = SUBGRAPH_NAMES.find((candidate) => candidate === process.env.SUBGRAPH);
if (!name) {
  console.error(`SUBGRAPH must be one of ${SUBGRAPH_NAMES.join(', ')}`);
  process.exit(1);
}
start(name).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
