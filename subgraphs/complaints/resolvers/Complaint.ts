import type { ComplaintResolvers } from '../generated/resolversTypes';
import { loadById } from '../loaders/loadById';

export const Complaint: ComplaintResolvers = {
  __resolveReference: ({ id }, { loaders }) => loadById(loaders.complaintById, id),
  id: ({ id }) => String(id),
  subject: ({ uscc }) => (uscc ? { uscc } : null),
  complainant: ({ complainantName, complainantPhone, complainantEmail }) => ({
    name: complainantName,
    phone: complainantPhone,
    email: complainantEmail,
  }),
  events: ({ id }, _args, { loaders }) => loaders.eventsByComplaint.load(id),
};
