import { toPage } from '../../kit/pagination';
import type { MarketEntityResolvers } from '../generated/resolversTypes';

export const MarketEntity: MarketEntityResolvers = {
  __resolveReference: ({ uscc }) => ({ uscc }),
  repairCases: ({ uscc }, { status, first, after }, { loaders }) =>
    loaders.casesBySubject(toPage({ first, after }), status ?? []).load(uscc),
  openRepairCaseCount: ({ uscc }, _args, { loaders }) => loaders.openCaseCountByUscc.load(uscc),
};
