import type { MarketEntityResolvers } from '../generated/resolversTypes';

export const MarketEntity: MarketEntityResolvers = {
  __resolveReference: ({ uscc }) => ({ uscc }),
  institution: ({ uscc }, _args, { loaders }) => loaders.institutionByUscc.load(uscc),
  businessStatus: async ({ uscc }, _args, { loaders }) => (await loaders.institutionByUscc.load(uscc))?.businessStatus ?? null,
  businessStatusReason: async ({ uscc }, _args, { loaders }) => (await loaders.institutionByUscc.load(uscc))?.businessStatusReason ?? null,
  /** A published commitment signed by the current legal representative (not superseded by a change since). */
  commitmentPublished: async ({ uscc }, _args, { loaders }) => {
    const [institution, commitments] = await Promise.all([
      loaders.institutionByUscc.load(uscc),
      loaders.commitmentsByUscc.load(uscc),
    ]);
    return !!institution && commitments.some((commitment) => commitment.publishedAt !== null && commitment.supersededAt === null);
  },
};
