import type { DishonestyRecordResolvers } from '../generated/resolversTypes';

export const DishonestyRecord: DishonestyRecordResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.recordById.load(id),
  id: ({ id }) => String(id),
  subject: ({ uscc }) => (uscc ? { uscc } : null),
};
