import type { MarketEntityResolvers } from '../generated/resolversTypes';

export const MarketEntity: MarketEntityResolvers = {
  __resolveReference: ({ uscc }) => ({ uscc }),
  institution: ({ uscc }, _args, { loaders }) => loaders.institutionByUscc.load(uscc),
  commitmentPublished: async ({ uscc }, _args, { loaders }) => {
    const [institution, commitments] = await Promise.all([
      loaders.institutionByUscc.load(uscc),
      loaders.commitmentsByUscc.load(uscc),
    ]);
    const latest = commitments[0];
    return !!institution && !!latest?.publishedAt && latest.legalRepresentative === institution.legalRepresentative;
  },
};
