import { requireRole } from '../../kit/identity/authorize';
import { showsSubjectInClear } from '../../kit/identity/showsSubjectInClear';
import { subjectResolvers } from '../../kit/identity/subjectResolvers';
import { loadByExposedId } from '../../kit/loaders/rowId';
import { recordsRoles } from '../access/recordsRoles';
import type { RecordsContext } from '../context';
import type { DishonestyRecordEntity } from '../entities/DishonestyRecordEntity';
import type { DishonestyRecordResolvers } from '../generated/resolversTypes';
import { recordStatusOn } from '../store/recordStatus';
import { todayOf } from '../store/todayOf';

const subjectInClear = (record: DishonestyRecordEntity, { identity, loaders }: RecordsContext) =>
  showsSubjectInClear(record, `DishonestyRecord:${record.id}`, identity, loaders.personalDataReads);

export const DishonestyRecord: DishonestyRecordResolvers = {
  __resolveReference: ({ id }, { loaders, identity }) => {
    requireRole(identity, recordsRoles.readRecords, 'read dishonesty records');
    return loadByExposedId(loaders.recordById, id);
  },
  id: ({ id }) => String(id),
  subject: ({ uscc }) => (uscc ? { uscc } : null),
  status: (record, _args, context) => recordStatusOn(record, todayOf(context)),
  ...subjectResolvers(subjectInClear),
};
