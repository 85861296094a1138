import type { ComplaintStatusViewResolvers } from '../generated/resolversTypes';

export const ComplaintStatusView: ComplaintStatusViewResolvers = {
  events: ({ id }, _args, { loaders }) => loaders.eventsByComplaint.load(id),
};
