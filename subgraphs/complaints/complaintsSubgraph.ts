import type { SubgraphDefinition } from '../kit/server/subgraphDefinition';
import { seedComplaintsDemo } from './demo/seedComplaintsDemo';
import { complaintsEntities } from './entities';
import { createComplaintsLoaders, type ComplaintsLoaders } from './loaders/createComplaintsLoaders';
import { complaintsMigrations } from './migrations';
import { startOutboxRelay } from './outbox/outboxRelays';
import { complaintsResolvers } from './resolvers';

/** Public complaints and reports, impersonation clues, warning letters and the regulators' feedback. */
export const complaintsSubgraph: SubgraphDefinition<ComplaintsLoaders> = {
  name: 'complaints',
  entities: complaintsEntities,
  migrations: complaintsMigrations,
  createLoaders: createComplaintsLoaders,
  resolvers: complaintsResolvers,
  seedDemo: seedComplaintsDemo,
  startWorkers: startOutboxRelay,
};
