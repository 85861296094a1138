import type { MarketEntityResolvers } from '../generated/resolversTypes';

export const MarketEntity: MarketEntityResolvers = {
  __resolveReference: ({ uscc }) => ({ uscc }),
  repairCases: ({ uscc }, args, { loaders }) => loaders.casesBySubject.forArgs(args).load(uscc),
  openRepairCaseCount: ({ uscc }, _args, { loaders }) => loaders.openCaseCountByUscc.load(uscc),
};
