import type { RecordsWriteResolvers } from '../generated/resolversTypes';

export const RecordsWrite: RecordsWriteResolvers = {
  id: ({ id }) => String(id),
  record: ({ recordId }) => (recordId === null ? null : { id: recordId }),
};
