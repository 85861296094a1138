import { DateTime } from 'luxon';
import { recordAudit } from '../../kit/audit/recordAudit';
import { SHANGHAI } from '../../kit/calendar/timeZone';
import { isUniqueViolation } from '../../kit/data/isUniqueViolation';
import { inTransaction } from '../../kit/data/transaction';
import { conflict } from '../../kit/errors';
import { forbidden, inRegionScope, requireRole } from '../../kit/identity/authorize';
import { recordsRoles } from '../access/recordsRoles';
import { DishonestyRecordEntity } from '../entities/DishonestyRecordEntity';
import type { MutationResolvers } from '../generated/resolversTypes';
import { validateRecordDishonesty } from '../inputs/validateRecordDishonesty';
import { enterLedger } from '../store/enterLedger';

const duplicate = (documentNumber: string | null) =>
  conflict(`a record of this kind for this subject with document number ${documentNumber} already exists`);

export const Mutation: MutationResolvers = {
  recordDishonesty: async (_parent, { input }, { dataSource, identity, now }) => {
    requireRole(identity, recordsRoles.recordDishonesty, 'record dishonesty');
    if (!inRegionScope(identity, input.region)) {
      throw forbidden(`a ${identity.role} of ${identity.region} may not record in region ${input.region}`);
    }
    const recordedAt = now();
    const record = validateRecordDishonesty(input, DateTime.fromJSDate(recordedAt, { zone: SHANGHAI }).toISODate() ?? '');
    const { uscc, kind, region, documentNumberKey } = record;
    try {
      return await inTransaction(dataSource, async (manager) => {
        if (uscc && documentNumberKey && (await manager.existsBy(DishonestyRecordEntity, { kind, uscc, documentNumberKey }))) {
          throw duplicate(record.documentNumber);
        }
        const saved = await manager.save(manager.create(DishonestyRecordEntity, { ...record, status: 'ACTIVE', recordedAt }));
        if (uscc) await enterLedger(manager, { uscc, region, subjectName: record.subjectName }, recordedAt);
        await recordAudit(manager, identity, {
          operation: 'recordDishonesty',
          objectType: 'DishonestyRecord',
          objectId: saved.id,
          summary: `recorded ${kind} in region ${region} about ${uscc ?? 'a subject without a USCC'}`,
        }, recordedAt);
        return saved;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicate(record.documentNumber);
      throw error;
    }
  },
};
