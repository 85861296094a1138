import { requireRole } from '../../kit/identity/authorize';
import { showsSubjectInClear } from '../../kit/identity/showsSubjectInClear';
import { subjectResolvers } from '../../kit/identity/subjectResolvers';
import { complaintsRoles } from '../access/complaintsRoles';
import { receivesLetter } from '../access/receivesLetter';
import type { ComplaintsContext } from '../context';
import type { ClueEntity } from '../entities/ClueEntity';
import type { ImpersonationClueResolvers } from '../generated/resolversTypes';

const subjectInClear = (clue: ClueEntity, { identity, loaders }: ComplaintsContext) => {
  const addressedToCaller = async () => {
    if (identity.role !== 'INDUSTRY_REGULATOR' || clue.warningLetterId === null) return false;
    const letter = await loaders.letterById.load(clue.warningLetterId);
    return letter !== null && receivesLetter(identity, letter);
  };
  return showsSubjectInClear(clue, `ImpersonationClue:${clue.id}`, identity, loaders.personalDataReads, addressedToCaller);
};

export const ImpersonationClue: ImpersonationClueResolvers = {
  id: ({ id }) => String(id),
  subject: ({ uscc }) => (uscc ? { uscc } : null),
  ...subjectResolvers(subjectInClear),
  complaint: ({ complaintId }, _args, { identity, loaders }) => {
    requireRole(identity, complaintsRoles.readComplaints, 'read complaints');
    return complaintId === null ? null : loaders.complaintById.load(complaintId);
  },
  warningLetter: ({ warningLetterId }, _args, { loaders }) =>
    warningLetterId === null ? null : loaders.letterById.load(warningLetterId),
  collected: ({ collectedAt }) => collectedAt !== null,
  record: ({ recordId }) => (recordId === null ? null : { id: recordId }),
  refuted: ({ finding }) => finding === 'UNFOUNDED',
};
