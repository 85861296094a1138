import { loadByExposedId } from '../../kit/loaders/rowId';
import type { DishonestyRecordResolvers } from '../generated/resolversTypes';

export const DishonestyRecord: DishonestyRecordResolvers = {
  __resolveReference: ({ id }, { loaders }) => loadByExposedId(loaders.recordById, id),
  id: ({ id }) => String(id),
  subject: ({ uscc }) => (uscc ? { uscc } : null),
};
