import { loadByExposedId } from '../../kit/loaders/rowId';
import type { ComplaintResolvers } from '../generated/resolversTypes';

export const Complaint: ComplaintResolvers = {
  __resolveReference: ({ id }, { loaders }) => loadByExposedId(loaders.complaintById, id),
  id: ({ id }) => String(id),
  subject: ({ uscc }) => (uscc ? { uscc } : null),
  complainant: ({ complainantName, complainantPhone, complainantEmail }) => ({
    name: complainantName,
    phone: complainantPhone,
    email: complainantEmail,
  }),
  events: ({ id }, _args, { loaders }) => loaders.eventsByComplaint.load(id),
};
