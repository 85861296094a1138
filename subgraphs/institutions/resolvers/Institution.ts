import type { InstitutionResolvers } from '../generated/resolversTypes';

export const Institution: InstitutionResolvers = {
  __resolveReference: ({ uscc }, { loaders }) => loaders.institutionByUscc.load(uscc),
  disclosure: async ({ uscc }, _args, { loaders }) => (await loaders.disclosuresByUscc.load(uscc))[0] ?? null,
  disclosureHistory: ({ uscc }, _args, { loaders }) => loaders.disclosuresByUscc.load(uscc),
  commitment: async ({ uscc }, _args, { loaders }) => (await loaders.commitmentsByUscc.load(uscc))[0] ?? null,
  entity: ({ uscc }) => ({ uscc }),
};
