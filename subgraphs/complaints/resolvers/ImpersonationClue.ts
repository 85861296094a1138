import type { ImpersonationClueResolvers } from '../generated/resolversTypes';

export const ImpersonationClue: ImpersonationClueResolvers = {
  id: ({ id }) => String(id),
  subject: ({ uscc }) => (uscc ? { uscc } : null),
  complaint: ({ complaintId }, _args, { loaders }) => (complaintId === null ? null : loaders.complaintById.load(complaintId)),
  warningLetter: ({ warningLetterId }, _args, { loaders }) => (warningLetterId === null ? null : loaders.letterById.load(warningLetterId)),
};
