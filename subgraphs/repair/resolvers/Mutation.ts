import { In } from 'typeorm';
import { recordAudit } from '../../kit/audit/recordAudit';
import { inTransaction } from '../../kit/data/transaction';
import { conflict, notFound } from '../../kit/errors';
import { inRegionScope, requireRole } from '../../kit/identity/authorize';
import { repairRoles } from '../access/repairRoles';
import { ConfirmationRequestEntity } from '../entities/ConfirmationRequestEntity';
import { RepairCaseEntity } from '../entities/RepairCaseEntity';
import { fetchRepairableRecord } from '../facts/fetchRepairableRecord';
import type { MutationResolvers, RepairStatus } from '../generated/resolversTypes';
import { validateApplyForRepair } from '../inputs/validateApplyForRepair';
import { validateRequestConfirmation } from '../inputs/validateRequestConfirmation';
import { OPEN_STATUSES } from '../loaders/filters';

const BLOCKING_STATUSES: RepairStatus[] = [...OPEN_STATUSES, 'APPROVED'];

/**
 * Each mutation: the caller's role (FORBIDDEN), the input's shape (BAD_USER_INPUT, which tells
 * nothing about any object), the object's scope (NOT_FOUND, as if it did not exist), its state
 * (CONFLICT), then the change and its audit entry in one transaction.
 */
export const Mutation: MutationResolvers = {
  applyForRepair: async (_parent, { input }, { dataSource, gateway, identity, now, deadline }) => {
    requireRole(identity, repairRoles.applyForRepair, 'apply for repair');
    const application = validateApplyForRepair(input);
    const record = await fetchRepairableRecord(gateway, application.recordId, identity);
    const appliedAt = now();
    const decisionDueAt = deadline('REPAIR_DECISION', appliedAt);
    return inTransaction(dataSource, async (manager) => {
      const blocking = await manager.findOne(RepairCaseEntity, {
        where: { recordId: application.recordId, status: In(BLOCKING_STATUSES) },
        order: { id: 'DESC' },
      });
      if (blocking) {
        throw conflict(`dishonesty record ${application.recordId} already has repair case ${blocking.id} (${blocking.status})`);
      }
      const repairCase = await manager.save(manager.create(RepairCaseEntity, {
        ...application, ...record, status: 'APPLIED', appliedAt, decisionDueAt, decidedAt: null, decisionNote: null,
      }));
      await recordAudit(manager, identity, {
        operation: 'applyForRepair',
        objectType: 'RepairCase',
        objectId: repairCase.id,
        summary: `applied for repair of dishonesty record ${application.recordId} of ${record.uscc} (handled in ${record.region})`,
      }, appliedAt);
      return repairCase;
    });
  },

  requestConfirmation: (_parent, { input }, { dataSource, identity, now }) => {
    requireRole(identity, repairRoles.requestConfirmation, 'request confirmation');
    const request = validateRequestConfirmation(input);
    return inTransaction(dataSource, async (manager) => {
      const repairCase = await manager.findOneBy(RepairCaseEntity, { id: request.repairCaseId });
      if (!repairCase || !inRegionScope(identity, repairCase.region)) throw notFound(`repair case ${request.repairCaseId}`);
      if (!OPEN_STATUSES.includes(repairCase.status)) {
        throw conflict(`repair case ${repairCase.id} is ${repairCase.status}: confirmation can be requested only while it is open`);
      }
      if (request.kind === 'SETTLEMENT_PERFORMED') {
        const reached = await manager.existsBy(ConfirmationRequestEntity, {
          repairCaseId: repairCase.id, kind: 'SETTLEMENT_REACHED', status: 'CONFIRMED',
        });
        if (!reached) throw conflict('the settlement agreement must be confirmed as reached (SETTLEMENT_REACHED) before its performance');
      }
      if (repairCase.status !== 'AWAITING_CONFIRMATION') {
        await manager.update(RepairCaseEntity, { id: repairCase.id }, { status: 'AWAITING_CONFIRMATION' });
      }
      const requestedAt = now();
      const saved = await manager.save(manager.create(ConfirmationRequestEntity, {
        ...request, status: 'PENDING', requestedAt, answeredAt: null, answerNote: null,
      }));
      await recordAudit(manager, identity, {
        operation: 'requestConfirmation',
        objectType: 'RepairCase',
        objectId: repairCase.id,
        summary: `asked ${request.authority} to confirm ${request.kind}${request.caseNumber ? ` in ${request.caseNumber}` : ''} (request ${saved.id})`
          + (repairCase.status === 'AWAITING_CONFIRMATION' ? '' : `; case ${repairCase.status} → AWAITING_CONFIRMATION`),
      }, requestedAt);
      return saved;
    });
  },
};
