import { recordAudit } from '../../kit/audit/recordAudit';
import { inTransaction } from '../../kit/data/transaction';
import { badUserInput, conflict, notFound } from '../../kit/errors';
import { requireRole } from '../../kit/identity/authorize';
import { optionalText } from '../../kit/inputs/text';
import { loadByExposedId, parseRowId } from '../../kit/loaders/rowId';
import { complaintsRoles } from '../access/complaintsRoles';
import { ClueEntity } from '../entities/ClueEntity';
import type { MutationResolvers } from '../generated/resolversTypes';
import { deliverSoon } from '../outbox/outboxRelays';
import { queueClueFinding } from './queueClueFinding';

/**
 * The addressed industry regulator's finding on a clue of the letter that names no USCC: no
 * finding per entity covers it. Stored here only if the clue has none (a conditional update, so
 * of two at once one wins), queued for the clue's record in records in the same transaction and
 * delivered after the commit; the same finding again is the clue, another one CONFLICT.
 */
export const recordClueFeedback: NonNullable<MutationResolvers['recordClueFeedback']> = async (_parent, args, { identity, dataSource, loaders, now }) => {
  requireRole(identity, complaintsRoles.answerLetters, 'record findings on warning letters');
  const letter = await loadByExposedId(loaders.letterById, args.letterId);
  if (!letter) throw notFound(`warning letter ${args.letterId}`);
  const clueId = parseRowId('clueId', args.clueId);
  const note = optionalText('note', args.note, { max: 1000 });
  const clue = (await loaders.cluesByLetter.load(letter.id)).find((sent) => sent.id === clueId);
  if (!clue) throw badUserInput('clueId', `warning letter ${letter.documentNumber} does not send clue ${args.clueId}`);
  if (clue.uscc) throw badUserInput('clueId', `clue ${clue.id} names ${clue.uscc}: record the finding on that entity (recordLetterFeedback)`);
  if (clue.finding === args.finding) return clue;
  if (clue.finding) throw conflict(`the finding on clue ${clue.id} was already recorded as ${clue.finding}`);
  const at = now();
  const { stored, keys } = await inTransaction(dataSource, async (manager) => {
    const { affected } = await manager.createQueryBuilder().update(ClueEntity).set({ finding: args.finding }).where('id = :id AND finding IS NULL', { id: clue.id }).execute();
    const current = await manager.findOneByOrFail(ClueEntity, { id: clue.id });
    if (!affected) {
      if (current.finding === args.finding) return { stored: current, keys: [] };
      throw conflict(`the finding on clue ${clue.id} was already recorded as ${current.finding}`);
    }
    const queued = await queueClueFinding(manager, [current], { onBehalfOf: identity.subject, finding: args.finding, regulator: letter.recipient, note }, at);
    await recordAudit(manager, identity, { operation: 'recordClueFeedback', objectType: 'ImpersonationClue', objectId: clue.id, summary: `finding ${args.finding} on clue ${clue.id} of warning letter ${letter.id}` }, at);
    return { stored: current, keys: queued };
  });
  if (!keys.length) return stored;
  await deliverSoon(dataSource, keys);
  return dataSource.getRepository(ClueEntity).findOneByOrFail({ id: stored.id });
};
