import { In } from 'typeorm';
import { recordAudit } from '../../kit/audit/recordAudit';
import { inTransaction } from '../../kit/data/transaction';
import { conflict, notFound } from '../../kit/errors';
import { inRegionScope, requireRole } from '../../kit/identity/authorize';
import { repairRoles } from '../access/repairRoles';
import { ConfirmationRequestEntity } from '../entities/ConfirmationRequestEntity';
import { RepairCaseEntity } from '../entities/RepairCaseEntity';
import type { MutationResolvers } from '../generated/resolversTypes';
import { validateRequestConfirmation } from '../inputs/validateRequestConfirmation';
import { OPEN_STATUSES } from '../loaders/filters';
import { lockedRepairCase } from './lockedRepairCase';

/**
 * The deciding authority asks a court (by its code and a case number) or the listing authority to
 * confirm a fact; the answer is due within CONFIRMATION_ANSWER working days; the case awaits it.
 * The case is locked for the transaction and changed only while open, so a decision at the same
 * moment is never undone: one of the two wins, the other gets the CONFLICT naming the state.
 */
export const requestConfirmation: NonNullable<MutationResolvers['requestConfirmation']> = async (_parent, { input }, { dataSource, identity, now, deadline }) => {
  requireRole(identity, repairRoles.requestConfirmation, 'request confirmation');
  const request = validateRequestConfirmation(input);
  const requestedAt = now();
  const answerDueAt = deadline('CONFIRMATION_ANSWER', requestedAt);
  return inTransaction(dataSource, async (manager) => {
    const repairCase = await lockedRepairCase(manager, request.repairCaseId);
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
      // Only while still open (the lock makes a decision wait, this keeps it so without one): the loser of a race gets the CONFLICT.
      const changed = await manager.update(RepairCaseEntity, { id: repairCase.id, status: In(OPEN_STATUSES) }, { status: 'AWAITING_CONFIRMATION' });
      if (changed.affected !== 1) {
        const current = await manager.findOneByOrFail(RepairCaseEntity, { id: repairCase.id });
        throw conflict(`repair case ${repairCase.id} is ${current.status}: confirmation can be requested only while it is open`);
      }
    }
    const saved = await manager.save(manager.create(ConfirmationRequestEntity, {
      ...request, region: repairCase.region, uscc: repairCase.uscc, status: 'PENDING',
      requestedAt, answerDueAt, answeredAt: null, answerDocument: null, answerNote: null,
    }));
    await recordAudit(manager, identity, {
      operation: 'requestConfirmation',
      objectType: 'RepairCase',
      objectId: repairCase.id,
      summary: `asked ${request.authority} (${request.authorityKind}) to confirm ${request.kind}${request.caseNumber ? ` in ${request.caseNumber}` : ''} `
        + `(request ${saved.id}, answer due ${answerDueAt.toISOString()})`
        + (repairCase.status === 'AWAITING_CONFIRMATION' ? '' : `; case ${repairCase.status} → AWAITING_CONFIRMATION`),
    }, requestedAt);
    return saved;
  });
};
