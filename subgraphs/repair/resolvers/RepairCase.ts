import { loadByExposedId } from '../../kit/loaders/rowId';
import type { RepairCaseResolvers } from '../generated/resolversTypes';

export const RepairCase: RepairCaseResolvers = {
  __resolveReference: ({ id }, { loaders }) => loadByExposedId(loaders.repairCaseById, id),
  id: ({ id }) => String(id),
  record: ({ recordId }) => ({ id: String(recordId) }),
  subject: ({ uscc }) => ({ uscc }),
  confirmationRequests: ({ id }, _args, { loaders }) => loaders.requestsByRepairCaseId.load(id),
};
