import { recordAudit } from '../../kit/audit/recordAudit';
import { isUniqueViolation } from '../../kit/data/isUniqueViolation';
import { inTransaction } from '../../kit/data/transaction';
import { badUserInput, conflict, notFound } from '../../kit/errors';
import { requireRole } from '../../kit/identity/authorize';
import { optionalText } from '../../kit/inputs/text';
import { loadByExposedId } from '../../kit/loaders/rowId';
import { complaintsRoles } from '../access/complaintsRoles';
import { ClueEntity } from '../entities/ClueEntity';
import { LetterFeedbackEntity } from '../entities/LetterFeedbackEntity';
import type { LetterFinding, MutationResolvers } from '../generated/resolversTypes';
import { deliverSoon } from '../outbox/outboxRelays';
import { queueClueFinding } from './queueClueFinding';

/** The answer to a repeat: the same finding again is the letter; another one is CONFLICT. */
function repeated(earlier: LetterFeedbackEntity, finding: LetterFinding, uscc: string): void {
  if (earlier.finding !== finding) throw conflict(`the finding on ${uscc} in this letter was already recorded as ${earlier.finding}`);
}

/**
 * The addressed industry regulator's finding on one entity of a letter (Annex 3: 将相关查处结果反馈我单位，
 * 纳入失信主体信用记录). Stored here with the finding on each of the entity's clues in the letter,
 * and, in the same transaction, queued for each clue's record in records (UNFOUNDED → REFUTED
 * there), delivered after the commit. Of two findings at once the unique (letter, entity) lets
 * one commit; the other is a repeat or CONFLICT.
 */
export const recordLetterFeedback: NonNullable<MutationResolvers['recordLetterFeedback']> = async (_parent, args, { identity, dataSource, loaders, now }) => {
  requireRole(identity, complaintsRoles.answerLetters, 'record findings on warning letters');
  const letter = await loadByExposedId(loaders.letterById, args.letterId);
  if (!letter) throw notFound(`warning letter ${args.letterId}`);
  const note = optionalText('note', args.note, { max: 1000 });
  const clues = (await loaders.cluesByLetter.load(letter.id)).filter((clue) => clue.uscc === args.uscc);
  if (!clues.length) throw badUserInput('uscc', `warning letter ${letter.documentNumber} names no clue about ${args.uscc}`);
  const earlier = await dataSource.getRepository(LetterFeedbackEntity).findOneBy({ letterId: letter.id, uscc: args.uscc });
  if (earlier) {
    repeated(earlier, args.finding, args.uscc);
    return letter;
  }
  const at = now();
  try {
    const keys = await inTransaction(dataSource, async (manager) => {
      await manager.insert(LetterFeedbackEntity, { letterId: letter.id, uscc: args.uscc, finding: args.finding, note, recordedAt: at });
      await manager.update(ClueEntity, clues.map((clue) => clue.id), { finding: args.finding });
      const queued = await queueClueFinding(manager, clues, { onBehalfOf: identity.subject, finding: args.finding, regulator: letter.recipient, note }, at);
      await recordAudit(manager, identity, { operation: 'recordLetterFeedback', objectType: 'WarningLetter', objectId: letter.id, summary: `finding ${args.finding} on ${args.uscc} (clues ${clues.map((clue) => clue.id).join(', ')})` }, at);
      return queued;
    });
    await deliverSoon(dataSource, keys);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // The same regulator's request arrived twice at once: answer as a repeat of the one stored.
    const winner = await dataSource.getRepository(LetterFeedbackEntity).findOneByOrFail({ letterId: letter.id, uscc: args.uscc });
    repeated(winner, args.finding, args.uscc);
  }
  return letter;
};
