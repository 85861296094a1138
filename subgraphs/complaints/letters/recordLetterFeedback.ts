import { recordAudit } from '../../kit/audit/recordAudit';
import { isUniqueViolation } from '../../kit/data/isUniqueViolation';
import { inTransaction } from '../../kit/data/transaction';
import { badUserInput, conflict, notFound } from '../../kit/errors';
import { requireRole } from '../../kit/identity/authorize';
import { optionalText } from '../../kit/inputs/text';
import { loadByExposedId } from '../../kit/loaders/rowId';
import { complaintsRoles } from '../access/complaintsRoles';
import { collectClue } from '../clues/collectClue';
import type { ComplaintsContext } from '../context';
import { ClueEntity } from '../entities/ClueEntity';
import { LetterFeedbackEntity } from '../entities/LetterFeedbackEntity';
import type { WarningLetterEntity } from '../entities/WarningLetterEntity';
import type { LetterFinding } from '../generated/resolversTypes';
import { recordClueFinding } from '../records/recordClueFinding';
import { clueSourceKey } from '../records/sourceKeys';

export interface LetterFeedbackArgs {
  letterId: string;
  uscc: string;
  finding: LetterFinding;
  note?: string | null;
}

/** The answer to a repeat: the same finding again is the letter; another one is CONFLICT. */
function repeated(earlier: LetterFeedbackEntity, finding: LetterFinding, uscc: string): void {
  if (earlier.finding !== finding) throw conflict(`the finding on ${uscc} in this letter was already recorded as ${earlier.finding}`);
}

/**
 * The addressed industry regulator's finding on one entity of a letter (Annex 3: 将相关查处结果反馈我单位，
 * 纳入失信主体信用记录). It enters the record of each of the entity's clues in the letter in records
 * first (UNFOUNDED → REFUTED there; idempotent on the clue's key), then is stored here, so a
 * failure leaves nothing here and a retry completes it.
 */
export async function recordLetterFeedback(context: ComplaintsContext, args: LetterFeedbackArgs): Promise<WarningLetterEntity> {
  const { identity, dataSource, gateway, loaders, now } = context;
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
  const collected = new Map<number, string>();
  for (const clue of clues) {
    // A clue sent before collection was tracked is collected first (idempotent), so the finding has its record.
    if (clue.recordId === null) collected.set(clue.id, (await collectClue(gateway, clue, identity.subject)).id);
    await recordClueFinding(gateway, clueSourceKey(clue.id), identity.subject, { finding: args.finding, regulator: letter.recipient, note });
  }
  const at = now();
  try {
    await inTransaction(dataSource, async (manager) => {
      await manager.insert(LetterFeedbackEntity, { letterId: letter.id, uscc: args.uscc, finding: args.finding, note, recordedAt: at });
      await manager.update(ClueEntity, clues.map((clue) => clue.id), { finding: args.finding });
      for (const [clueId, recordId] of collected) await manager.update(ClueEntity, { id: clueId }, { recordId, collectedAt: at });
      await recordAudit(manager, identity, { operation: 'recordLetterFeedback', objectType: 'WarningLetter', objectId: letter.id, summary: `finding ${args.finding} on ${args.uscc} (clues ${clues.map((clue) => clue.id).join(', ')})` }, at);
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // The same regulator's request arrived twice at once: answer as a repeat of the one stored.
    const winner = await dataSource.getRepository(LetterFeedbackEntity).findOneByOrFail({ letterId: letter.id, uscc: args.uscc });
    repeated(winner, args.finding, args.uscc);
  }
  return letter;
}
