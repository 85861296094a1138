import { maskName } from '../../kit/crypto/mask';
import { maskIdentifier } from '../../kit/crypto/maskIdentifier';
import { requireRole } from '../../kit/identity/authorize';
import { loadByExposedId } from '../../kit/loaders/rowId';
import { recordsRoles } from '../access/recordsRoles';
import { showsSubjectInClear } from '../access/showsSubjectInClear';
import type { DishonestyRecordResolvers } from '../generated/resolversTypes';

export const DishonestyRecord: DishonestyRecordResolvers = {
  __resolveReference: ({ id }, { loaders, identity }) => {
    requireRole(identity, recordsRoles.readRecords, 'read dishonesty records');
    return loadByExposedId(loaders.recordById, id);
  },
  id: ({ id }) => String(id),
  subject: ({ uscc }) => (uscc ? { uscc } : null),
  subjectName: async (record, _args, { loaders, identity }) =>
    (await showsSubjectInClear(record, identity, loaders.personalDataReads)) ? record.subjectName : maskName(record.subjectName),
  subjectIdentifiers: async (record, _args, { loaders, identity }) =>
    (await showsSubjectInClear(record, identity, loaders.personalDataReads))
      ? record.subjectIdentifiers
      : record.subjectIdentifiers.map(maskIdentifier),
};
