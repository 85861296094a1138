import type { MarketEntityResolvers } from '../generated/resolversTypes';

export const MarketEntity: MarketEntityResolvers = {
  __resolveReference: ({ uscc }) => ({ uscc }),
  complaints: ({ uscc }, args, { loaders }) => loaders.complaintsByUscc.forArgs(args).load(uscc),
  complaintCount: ({ uscc }, _args, { loaders }) => loaders.complaintCountByUscc.load(uscc),
  impersonationClues: ({ uscc }, _args, { loaders }) => loaders.cluesByUscc.load(uscc),
  allCluesSentOn: async ({ uscc }, _args, { loaders }) =>
    (await loaders.cluesByUscc.load(uscc)).every((clue) => clue.warningLetterId !== null),
};
