import type { SubgraphDefinition } from '../kit/server/subgraphDefinition';
import { seedInstitutionsDemo } from './demo/seedInstitutionsDemo';
import { institutionsEntities } from './entities';
import { createInstitutionsLoaders, type InstitutionsLoaders } from './loaders/createInstitutionsLoaders';
import { institutionsMigrations } from './migrations';
import { institutionsResolvers } from './resolvers';

/** The registry of institutions, their disclosures and their commitments. */
export const institutionsSubgraph: SubgraphDefinition<InstitutionsLoaders> = {
  name: 'institutions',
  entities: institutionsEntities,
  migrations: institutionsMigrations,
  createLoaders: createInstitutionsLoaders,
  resolvers: institutionsResolvers,
  seedDemo: seedInstitutionsDemo,
};
