import type { ConfirmationRequestResolvers } from '../generated/resolversTypes';

export const ConfirmationRequest: ConfirmationRequestResolvers = {
  id: ({ id }) => String(id),
  answerOverdue: ({ status, answerDueAt }, _args, { now }) => status === 'PENDING' && answerDueAt < now(),
  repairCase: async ({ repairCaseId }, _args, { loaders }) => {
    const repairCase = await loaders.caseOfRequest.load(repairCaseId);
    if (!repairCase) throw new Error(`confirmation request refers to a missing repair case ${repairCaseId}`);
    return repairCase;
  },
};
