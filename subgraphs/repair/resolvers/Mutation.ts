import { In } from 'typeorm';
import { inTransaction } from '../../kit/data/transaction';
import { conflict, notFound } from '../../kit/errors';
import { ConfirmationRequestEntity } from '../entities/ConfirmationRequestEntity';
import { RepairCaseEntity } from '../entities/RepairCaseEntity';
import { fetchRepairableRecord } from '../facts/fetchRepairableRecord';
import type { MutationResolvers, RepairStatus } from '../generated/resolversTypes';
import { validateApplyForRepair } from '../inputs/validateApplyForRepair';
import { validateRequestConfirmation } from '../inputs/validateRequestConfirmation';
import { OPEN_STATUSES } from '../loaders/filters';

const BLOCKING_STATUSES: RepairStatus[] = [...OPEN_STATUSES, 'APPROVED'];

export const Mutation: MutationResolvers = {
  applyForRepair: async (_parent, { input }, { dataSource, gateway, now, deadline }) => {
    const application = validateApplyForRepair(input);
    const record = await fetchRepairableRecord(gateway, application.recordId);
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
      return manager.save(manager.create(RepairCaseEntity, {
        ...application, ...record, status: 'APPLIED', appliedAt, decisionDueAt, decidedAt: null, decisionNote: null,
      }));
    });
  },

  requestConfirmation: (_parent, { input }, { dataSource, now }) => {
    const request = validateRequestConfirmation(input);
    return inTransaction(dataSource, async (manager) => {
      const repairCase = await manager.findOneBy(RepairCaseEntity, { id: request.repairCaseId });
      if (!repairCase) throw notFound(`repair case ${request.repairCaseId}`);
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
      return manager.save(manager.create(ConfirmationRequestEntity, {
        ...request, status: 'PENDING', requestedAt: now(), answeredAt: null, answerNote: null,
      }));
    });
  },
};
