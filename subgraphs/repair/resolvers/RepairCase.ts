import type { RepairCaseResolvers } from '../generated/resolversTypes';

export const RepairCase: RepairCaseResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.repairCase(id),
  id: ({ id }) => String(id),
  record: ({ recordId }) => ({ id: String(recordId) }),
  subject: ({ uscc }) => ({ uscc }),
  confirmationRequests: ({ id }, _args, { loaders }) => loaders.requestsByRepairCaseId.load(id),
};
