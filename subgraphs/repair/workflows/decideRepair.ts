import { In } from 'typeorm';
import { recordAudit } from '../../kit/audit/recordAudit';
import { inTransaction } from '../../kit/data/transaction';
import { conflict, notFound } from '../../kit/errors';
import { inRegionScope, requireRole } from '../../kit/identity/authorize';
import { repairRoles } from '../access/repairRoles';
import { ConfirmationRequestEntity } from '../entities/ConfirmationRequestEntity';
import { RepairCaseEntity } from '../entities/RepairCaseEntity';
import { RepairDocumentEntity } from '../entities/RepairDocumentEntity';
import { fetchRecordFacts, type RecordFacts } from '../facts/fetchRecordFacts';
import { requireActive } from '../facts/fetchRepairableRecord';
import type { MutationResolvers, RepairStatus } from '../generated/resolversTypes';
import { validateDecideRepair } from '../inputs/validateDecideRepair';
import { OPEN_STATUSES } from '../loaders/filters';
import { approvalBlocker } from '../rules/approvalBlocker';
import { lockedRepairCase } from './lockedRepairCase';

const notOpen = (repairCase: RepairCaseEntity) =>
  conflict(`repair case ${repairCase.id} is ${repairCase.status}: it was decided${repairCase.decidedAt ? ` at ${repairCase.decidedAt.toISOString()}` : ''}`);

/**
 * The deciding authority approves (with what the record's kind requires, the record still ACTIVE
 * in records) or rejects (with a reason; the requests still PENDING are withdrawn). Records is
 * asked before the transaction, so that no write waits on another agency.
 */
export const decideRepair: NonNullable<MutationResolvers['decideRepair']> = async (_parent, args, { dataSource, gateway, identity, now }) => {
  requireRole(identity, repairRoles.decideRepair, 'decide a repair');
  const decision = validateDecideRepair(args);
  const found = await dataSource.getRepository(RepairCaseEntity).findOneBy({ id: decision.repairCaseId });
  if (!found || !inRegionScope(identity, found.region)) throw notFound(`repair case ${decision.repairCaseId}`);
  if (!OPEN_STATUSES.includes(found.status)) throw notOpen(found);
  let record: RecordFacts | null = null;
  if (decision.approve) {
    record = await fetchRecordFacts(gateway, found.recordId);
    if (record === null) throw conflict(`dishonesty record ${found.recordId} is no longer known to records: there is nothing to repair`);
    requireActive(found.recordId, record.status);
  }
  return inTransaction(dataSource, async (manager) => {
    // Locked, so that the requests read below are all there are (a request at the same moment waits, or came first).
    const repairCase = await lockedRepairCase(manager, found.id);
    if (!repairCase) throw notFound(`repair case ${decision.repairCaseId}`);
    if (!OPEN_STATUSES.includes(repairCase.status)) throw notOpen(repairCase);
    const requests = await manager.find(ConfirmationRequestEntity, { where: { repairCaseId: repairCase.id }, order: { id: 'ASC' } });
    if (record) {
      const documents = await manager.findBy(RepairDocumentEntity, { repairCaseId: repairCase.id });
      const blocker = approvalBlocker(record.kind, documents, requests);
      if (blocker) throw conflict(`repair case ${repairCase.id} cannot be approved: ${blocker}`);
    }
    const decidedAt = now();
    const status: RepairStatus = decision.approve ? 'APPROVED' : 'REJECTED';
    const decided = {
      status, decidedAt, decisionNote: decision.note, recordKind: record?.kind ?? repairCase.recordKind,
      heldRecordId: decision.approve ? repairCase.heldRecordId : null,
    };
    // Only while still open: of two decisions racing (MySQL runs them side by side), one changes the case.
    const changed = await manager.update(RepairCaseEntity, { id: repairCase.id, status: In(OPEN_STATUSES) }, decided);
    if (changed.affected !== 1) throw notOpen(await manager.findOneByOrFail(RepairCaseEntity, { id: repairCase.id }));
    const withdrawn = decision.approve ? [] : requests.filter((request) => request.status === 'PENDING');
    if (withdrawn.length) {
      await manager.update(ConfirmationRequestEntity, { id: In(withdrawn.map((request) => request.id)), status: 'PENDING' }, { status: 'WITHDRAWN' });
    }
    await recordAudit(manager, identity, {
      operation: 'decideRepair',
      objectType: 'RepairCase',
      objectId: repairCase.id,
      summary: `${repairCase.status} → ${status} for dishonesty record ${repairCase.recordId}`
        + (withdrawn.length ? `; withdrew request ${withdrawn.map((request) => request.id).join(', ')}` : ''),
    }, decidedAt);
    return { ...repairCase, ...decided };
  });
};
