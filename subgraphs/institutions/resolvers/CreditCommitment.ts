import type { CreditCommitmentResolvers } from '../generated/resolversTypes';

export const CreditCommitment: CreditCommitmentResolvers = {
  id: ({ id }) => String(id),
  published: ({ publishedAt }) => publishedAt !== null,
  current: async ({ uscc, legalRepresentative }, _args, { loaders }) =>
    (await loaders.institutionByUscc.load(uscc))?.legalRepresentative === legalRepresentative,
};
