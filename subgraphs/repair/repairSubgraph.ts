import type { SubgraphDefinition } from '../kit/server/subgraphDefinition';
import { seedRepairDemo } from './demo/seedRepairDemo';
import { repairEntities } from './entities';
import { createRepairLoaders, type RepairLoaders } from './loaders/createRepairLoaders';
import { repairMigrations } from './migrations';
import { repairResolvers } from './resolvers';

/** Credit-repair cases and the confirmation requests they send to courts and listing authorities. */
export const repairSubgraph: SubgraphDefinition<RepairLoaders> = {
  name: 'repair',
  entities: repairEntities,
  migrations: repairMigrations,
  createLoaders: createRepairLoaders,
  resolvers: repairResolvers,
  seedDemo: seedRepairDemo,
};
