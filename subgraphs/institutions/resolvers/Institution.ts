import { shownLegalRepresentative } from '../access/shownLegalRepresentative';
import type { InstitutionResolvers } from '../generated/resolversTypes';

/** Public registry facts, for every caller; the legal representative in clear only to those docs/authorization.md names. */
export const Institution: InstitutionResolvers = {
  __resolveReference: ({ uscc }, { loaders }) => loaders.institutionByUscc.load(uscc),
  legalRepresentative: (institution, _args, context) =>
    shownLegalRepresentative(context, institution, `Institution:${institution.uscc}`, institution.legalRepresentative),
  disclosure: async ({ uscc }, _args, { loaders }) => (await loaders.disclosuresByUscc.load(uscc))[0] ?? null,
  disclosureHistory: ({ uscc }, _args, { loaders }) => loaders.disclosuresByUscc.load(uscc),
  commitment: async ({ uscc }, _args, { loaders }) => (await loaders.commitmentsByUscc.load(uscc))[0] ?? null,
  entity: ({ uscc }) => ({ uscc }),
};
