import type { SubgraphDefinition } from '../kit/server/subgraphDefinition';
import { seedRecordsDemo } from './demo/seedRecordsDemo';
import { recordsEntities } from './entities';
import { createRecordsLoaders, type RecordsLoaders } from './loaders/createRecordsLoaders';
import { recordsMigrations } from './migrations';
import { recordsResolvers } from './resolvers';

/** Dishonesty records, interviews and the governance ledger. */
export const recordsSubgraph: SubgraphDefinition<RecordsLoaders> = {
  name: 'records',
  entities: recordsEntities,
  migrations: recordsMigrations,
  createLoaders: createRecordsLoaders,
  resolvers: recordsResolvers,
  seedDemo: seedRecordsDemo,
};
