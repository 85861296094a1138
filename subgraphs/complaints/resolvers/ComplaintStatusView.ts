import type { ComplaintStatusViewResolvers } from '../generated/resolversTypes';
import { publicTimeline } from '../handling/publicTimeline';

export const ComplaintStatusView: ComplaintStatusViewResolvers = {
  events: async ({ id }, _args, { loaders }) => publicTimeline(await loaders.eventsByComplaint.load(id)),
};
