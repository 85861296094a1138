import { recordAudit } from '../../kit/audit/recordAudit';
import { isUniqueViolation } from '../../kit/data/isUniqueViolation';
import { inTransaction } from '../../kit/data/transaction';
import { forbidden, inRegionScope, requireRole } from '../../kit/identity/authorize';
import { recordsRoles } from '../access/recordsRoles';
import type { MutationResolvers } from '../generated/resolversTypes';
import { publicityPeriods } from '../config/publicityPeriods';
import { shanghaiDate } from '../../kit/calendar/shanghaiDate';
import { validateRecordDishonesty } from '../inputs/validateRecordDishonesty';
import { duplicateRecord, insertRecord } from '../store/insertRecord';

export const recordDishonesty: NonNullable<MutationResolvers['recordDishonesty']> = async (_parent, { input }, { dataSource, identity, now }) => {
  requireRole(identity, recordsRoles.recordDishonesty, 'record dishonesty');
  if (!inRegionScope(identity, input.region)) {
    throw forbidden(`a ${identity.role} of ${identity.region} may not record in region ${input.region}`);
  }
  const recordedAt = now();
  const record = validateRecordDishonesty(input, shanghaiDate(recordedAt), publicityPeriods());
  try {
    return await inTransaction(dataSource, async (manager) => {
      const saved = await insertRecord(manager, record, recordedAt);
      await recordAudit(manager, identity, {
        operation: 'recordDishonesty',
        objectType: 'DishonestyRecord',
        objectId: saved.id,
        summary: `recorded ${record.kind} in region ${record.region} about ${record.uscc ?? 'a subject without a USCC'}`,
      }, recordedAt);
      return saved;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateRecord(record.documentNumber);
    throw error;
  }
};
