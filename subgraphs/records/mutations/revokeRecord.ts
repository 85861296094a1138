import { recordAudit } from '../../kit/audit/recordAudit';
import { inTransaction } from '../../kit/data/transaction';
import { badUserInput, conflict, notFound } from '../../kit/errors';
import { inRegionScope, requireRole } from '../../kit/identity/authorize';
import { requiredText } from '../../kit/inputs/text';
import { toRowId } from '../../kit/loaders/rowId';
import { recordsRoles } from '../access/recordsRoles';
import { DishonestyRecordEntity } from '../entities/DishonestyRecordEntity';
import type { MutationResolvers, RecordStatus } from '../generated/resolversTypes';
import { shanghaiDate } from '../../kit/calendar/shanghaiDate';
import { VOID_STATUSES } from '../loaders/governanceTargets';

const cannotRevoke = (id: number, status: RecordStatus) =>
  conflict(`dishonesty record ${id} is ${status}: ${status === 'REVOKED' ? 'it was revoked already' : 'a refuted clue has no decision to revoke'}`);

/**
 * A record whose decision was revoked on review or in court is deleted, not repaired: REVOKED,
 * it no longer counts and makes its entity no target. An ACTIVE or EXPIRED record may be
 * revoked; the status changes only while it is still neither REVOKED nor REFUTED (a conditional
 * update), so two revocations racing give one change and one CONFLICT.
 */
export const revokeRecord: NonNullable<MutationResolvers['revokeRecord']> = async (_parent, args, { dataSource, identity, now }) => {
  requireRole(identity, recordsRoles.revokeRecord, 'revoke dishonesty records');
  const reason = requiredText('reason', args.reason, { max: 2000 });
  const documentNumber = requiredText('documentNumber', args.documentNumber, { max: 100 });
  const at = now();
  if (args.decidedAt > shanghaiDate(at)) throw badUserInput('decidedAt', 'must not be in the future');
  const id = toRowId(args.id);
  return inTransaction(dataSource, async (manager) => {
    const record = id === null ? null : await manager.findOneBy(DishonestyRecordEntity, { id });
    if (!record || !inRegionScope(identity, record.region)) throw notFound(`dishonesty record ${args.id}`);
    if (VOID_STATUSES.includes(record.status)) throw cannotRevoke(record.id, record.status);
    if (args.decidedAt < record.decidedAt) throw badUserInput('decidedAt', `must not be before the record's decision (${record.decidedAt})`);
    const { affected } = await manager
      .createQueryBuilder()
      .update(DishonestyRecordEntity)
      .set({ status: 'REVOKED', revokedAt: at, revocationReason: reason, revocationDocumentNumber: documentNumber, revocationDecidedAt: args.decidedAt })
      .where('id = :id AND status NOT IN (:...voidStatuses)', { id: record.id, voidStatuses: VOID_STATUSES })
      .execute();
    const revoked = await manager.findOneByOrFail(DishonestyRecordEntity, { id: record.id });
    if (!affected) throw cannotRevoke(revoked.id, revoked.status);
    await recordAudit(manager, identity, {
      operation: 'revokeRecord',
      objectType: 'DishonestyRecord',
      objectId: record.id,
      summary: `revoked ${record.kind} ${record.documentNumber ?? ''} by ${documentNumber} of ${args.decidedAt}`.replace(/\s+/g, ' '),
    }, at);
    return revoked;
  });
};
