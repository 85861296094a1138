import type { ComplaintStatusViewResolvers } from '../generated/resolversTypes';

export const ComplaintStatusView: ComplaintStatusViewResolvers = {
  events: ({ id }, _args, { identity, loaders }) => loaders.of(identity).eventsByComplaint.load(id),
};
