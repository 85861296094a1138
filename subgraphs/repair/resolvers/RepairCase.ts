import { requireRole } from '../../kit/identity/authorize';
import { loadByExposedId } from '../../kit/loaders/rowId';
import { repairRoles } from '../access/repairRoles';
import type { RepairCaseResolvers } from '../generated/resolversTypes';
import { OPEN_STATUSES } from '../loaders/filters';

export const RepairCase: RepairCaseResolvers = {
  __resolveReference: async ({ id }, { loaders, identity }) => {
    requireRole(identity, repairRoles.readCases, 'read repair cases');
    return loadByExposedId(loaders.repairCaseById, id);
  },
  id: ({ id }) => String(id),
  record: ({ recordId }) => ({ id: String(recordId) }),
  subject: ({ uscc }) => ({ uscc }),
  confirmationRequests: ({ id }, _args, { loaders }) => loaders.requestsByRepairCaseId.load(id),
  documents: ({ id }, _args, { loaders }) => loaders.documentsByRepairCaseId.load(id),
  decisionOverdue: ({ status, decisionDueAt }, _args, { now }) => OPEN_STATUSES.includes(status) && decisionDueAt < now(),
};
