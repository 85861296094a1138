import { requireRole } from '../../kit/identity/authorize';
import { repairRoles } from '../access/repairRoles';
import type { RepairContext } from '../context';
import type { MarketEntityResolvers } from '../generated/resolversTypes';

/** An entity's record facts, for a caller who may read facts (a service deciding an exit among them). */
function recordFacts(uscc: string, { loaders, identity }: RepairContext) {
  requireRole(identity, repairRoles.readEntityFacts, "read which of an entity's records are repaired or confirmed");
  return loaders.recordFactsByUscc.load(uscc);
}

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
  repairedRecordIds: async ({ uscc }, _args, context) => (await recordFacts(uscc, context)).repaired,
  obligationsFulfilledRecordIds: async ({ uscc }, _args, context) => (await recordFacts(uscc, context)).confirmed.OBLIGATIONS_FULFILLED,
  settlementReachedRecordIds: async ({ uscc }, _args, context) => (await recordFacts(uscc, context)).confirmed.SETTLEMENT_REACHED,
  settlementPerformedRecordIds: async ({ uscc }, _args, context) => (await recordFacts(uscc, context)).confirmed.SETTLEMENT_PERFORMED,
};
