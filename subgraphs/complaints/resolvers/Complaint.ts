import { requireRole } from '../../kit/identity/authorize';
import { showsSubjectInClear } from '../../kit/identity/showsSubjectInClear';
import { subjectResolvers } from '../../kit/identity/subjectResolvers';
import { loadByExposedId } from '../../kit/loaders/rowId';
import { complaintsRoles } from '../access/complaintsRoles';
import { maskComplainant } from '../access/maskComplainant';
import { showsComplainantInClear } from '../access/showsComplainantInClear';
import type { ComplaintEntity } from '../entities/ComplaintEntity';
import type { ComplaintResolvers } from '../generated/resolversTypes';
import type { ComplaintsContext } from '../context';
import { isOverdue } from '../handling/isOverdue';

const subjectInClear = (complaint: ComplaintEntity, { identity, loaders }: ComplaintsContext) =>
  showsSubjectInClear(complaint, `Complaint:${complaint.id}`, identity, loaders.personalDataReads);

export const Complaint: ComplaintResolvers = {
  __resolveReference: ({ id }, { identity, loaders }) => {
    requireRole(identity, complaintsRoles.readComplaints, 'read complaints');
    return loadByExposedId(loaders.complaintById, id);
  },
  id: ({ id }) => String(id),
  subject: ({ uscc }) => (uscc ? { uscc } : null),
  ...subjectResolvers(subjectInClear),
  complainant: async (complaint, _args, { identity, loaders }) => {
    if (complaint.complainantName === null) return null;
    const complainant = { name: complaint.complainantName, phone: complaint.complainantPhone, email: complaint.complainantEmail };
    return (await showsComplainantInClear(complaint, identity, loaders.personalDataReads)) ? complainant : maskComplainant(complainant);
  },
  events: ({ id }, _args, { loaders }) => loaders.eventsByComplaint.load(id),
  overdue: (complaint, _args, { now }) => isOverdue(complaint, now()),
  dishonestyRecord: ({ recordId }) => (recordId === null ? null : { id: recordId }),
};
