import { recordAudit } from '../../kit/audit/recordAudit';
import { inTransaction } from '../../kit/data/transaction';
import { conflict, notFound } from '../../kit/errors';
import { requireRole } from '../../kit/identity/authorize';
import { answersRequest } from '../access/answersRequest';
import { repairRoles } from '../access/repairRoles';
import { ConfirmationRequestEntity } from '../entities/ConfirmationRequestEntity';
import type { MutationResolvers } from '../generated/resolversTypes';
import { validateAnswerConfirmation } from '../inputs/validateAnswerConfirmation';

/** The addressed authority's answer, once, with the document it rests on. */
export const answerConfirmation: NonNullable<MutationResolvers['answerConfirmation']> = (_parent, { input }, { dataSource, identity, now }) => {
  requireRole(identity, repairRoles.answerConfirmation, 'answer a confirmation request');
  const answer = validateAnswerConfirmation(input);
  return inTransaction(dataSource, async (manager) => {
    const request = await manager.findOneBy(ConfirmationRequestEntity, { id: answer.requestId });
    if (!request || !answersRequest(identity, request)) throw notFound(`confirmation request ${answer.requestId}`);
    if (request.status !== 'PENDING') {
      throw conflict(`confirmation request ${request.id} is ${request.status}: it can be answered only while PENDING`);
    }
    const answeredAt = now();
    const answered = { status: answer.answer, answeredAt, answerDocument: answer.document, answerNote: answer.note };
    // Only while still PENDING: of two answers racing, one is stored.
    const changed = await manager.update(ConfirmationRequestEntity, { id: request.id, status: 'PENDING' }, answered);
    if (changed.affected !== 1) throw conflict(`confirmation request ${request.id} was answered just now: it can be answered only once`);
    await recordAudit(manager, identity, {
      operation: 'answerConfirmation',
      objectType: 'ConfirmationRequest',
      objectId: request.id,
      summary: `${answer.answer} ${request.kind} for repair case ${request.repairCaseId} (${request.authority}), on ${answer.document}`,
    }, answeredAt);
    return { ...request, ...answered };
  });
};
