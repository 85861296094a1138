import { requireRole } from '../../kit/identity/authorize';
import { repairRoles } from '../access/repairRoles';
import type { MarketEntityResolvers } from '../generated/resolversTypes';

export const MarketEntity: MarketEntityResolvers = {
  __resolveReference: ({ uscc }) => ({ uscc }),
  repairCases: ({ uscc }, args, { loaders, identity }) => {
    requireRole(identity, repairRoles.readEntityCases, "read an entity's repair cases");
    return loaders.casesBySubject.forArgs(args).load(uscc);
  },
  openRepairCaseCount: ({ uscc }, _args, { loaders, identity }) => {
    requireRole(identity, repairRoles.readEntityFacts, "count an entity's open repair cases");
    return loaders.openCaseCountByUscc.load(uscc);
  },
};
