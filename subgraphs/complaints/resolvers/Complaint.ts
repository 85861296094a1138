import { requireRole } from '../../kit/identity/authorize';
import { showsSubjectInClear } from '../../kit/identity/showsSubjectInClear';
import { subjectResolvers } from '../../kit/identity/subjectResolvers';
import { loadByExposedId } from '../../kit/loaders/rowId';
import { complaintsRoles } from '../access/complaintsRoles';
import { CONTENT_WITHHELD } from '../access/contentWithheld';
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
  // The complainant's own words may name them (ID numbers, phones): like the complainant, only the handler reads them, logged.
  content: async (complaint, _args, { identity, loaders }) =>
    (await showsComplainantInClear(complaint, identity, loaders.personalDataReads)) ? complaint.content : CONTENT_WITHHELD,
  complainant: async (complaint, _args, { identity, loaders }) => {
    if (complaint.complainantName === null) return null;
    const complainant = { name: complaint.complainantName, phone: complaint.complainantPhone, email: complaint.complainantEmail };
    return (await showsComplainantInClear(complaint, identity, loaders.personalDataReads)) ? complainant : maskComplainant(complainant);
  },
  events: ({ id }, _args, { loaders }) => loaders.eventsByComplaint.load(id),
  overdue: (complaint, _args, { now }) => isOverdue(complaint, now()),
  dishonestyRecord: ({ recordId }) => (recordId === null ? null : { id: recordId }),
};
