import { In } from 'typeorm';
import { recordAudit } from '../../kit/audit/recordAudit';
import { isUniqueViolation } from '../../kit/data/isUniqueViolation';
import { inTransaction } from '../../kit/data/transaction';
import { badUserInput, conflict } from '../../kit/errors';
import { requireRole } from '../../kit/identity/authorize';
import { repairRoles } from '../access/repairRoles';
import { RepairCaseEntity } from '../entities/RepairCaseEntity';
import { RepairDocumentEntity } from '../entities/RepairDocumentEntity';
import { fetchRepairableRecord } from '../facts/fetchRepairableRecord';
import type { MutationResolvers, RepairStatus } from '../generated/resolversTypes';
import { validateApplyForRepair } from '../inputs/validateApplyForRepair';
import { OPEN_STATUSES } from '../loaders/filters';
import { missingDocuments } from '../rules/requiredDocuments';

const BLOCKING_STATUSES: RepairStatus[] = [...OPEN_STATUSES, 'APPROVED'];

/**
 * The record's subject, region and kind come from records (never from the applicant); only an
 * ACTIVE record other than a clue can be repaired; the documents its kind needs must be given;
 * one open (or approved) case per record.
 */
export const applyForRepair: NonNullable<MutationResolvers['applyForRepair']> = async (_parent, { input }, { dataSource, gateway, identity, now, deadline }) => {
  requireRole(identity, repairRoles.applyForRepair, 'apply for repair');
  const application = validateApplyForRepair(input);
  const record = await fetchRepairableRecord(gateway, application.recordId, identity);
  const missing = missingDocuments(record.recordKind, application.documents);
  if (missing.length) {
    throw badUserInput('input.documents', `a repair of a ${record.recordKind} record needs ${missing.join(' and ')}`);
  }
  const appliedAt = now();
  const decisionDueAt = deadline('REPAIR_DECISION', appliedAt);
  const held = (id: number | string, status: string) => conflict(`dishonesty record ${application.recordId} already has repair case ${id} (${status})`);
  return inTransaction(dataSource, async (manager) => {
    const blocking = await manager.findOne(RepairCaseEntity, {
      where: { recordId: application.recordId, status: In(BLOCKING_STATUSES) },
      order: { id: 'DESC' },
    });
    if (blocking) throw held(blocking.id, blocking.status);
    const repairCase = await manager.save(manager.create(RepairCaseEntity, {
      recordId: application.recordId, heldRecordId: application.recordId, statement: application.statement, ...record,
      status: 'APPLIED', appliedAt, decisionDueAt, decidedAt: null, decisionNote: null,
    }));
    for (const document of application.documents) {
      await manager.insert(RepairDocumentEntity, { ...document, repairCaseId: repairCase.id, submittedAt: appliedAt });
    }
    await recordAudit(manager, identity, {
      operation: 'applyForRepair',
      objectType: 'RepairCase',
      objectId: repairCase.id,
      summary: `applied for repair of dishonesty record ${application.recordId} (${record.recordKind}) of ${record.uscc} (handled in ${record.region}) `
        + `with ${application.documents.map((document) => `${document.kind} ${document.reference}`).join(', ') || 'no documents'}`,
    }, appliedAt);
    return repairCase;
  }).catch((error: unknown) => {
    // Another application for the record was stored between our check and our insert.
    if (isUniqueViolation(error)) throw held('stored just now', 'APPLIED');
    throw error;
  });
};
