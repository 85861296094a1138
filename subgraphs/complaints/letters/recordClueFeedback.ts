import { recordAudit } from '../../kit/audit/recordAudit';
import { inTransaction } from '../../kit/data/transaction';
import { badUserInput, conflict, notFound } from '../../kit/errors';
import { requireRole } from '../../kit/identity/authorize';
import { optionalText } from '../../kit/inputs/text';
import { loadByExposedId, parseRowId } from '../../kit/loaders/rowId';
import { complaintsRoles } from '../access/complaintsRoles';
import { collectClue } from '../clues/collectClue';
import type { ComplaintsContext } from '../context';
import { ClueEntity } from '../entities/ClueEntity';
import type { LetterFinding } from '../generated/resolversTypes';
import { recordClueFinding } from '../records/recordClueFinding';
import { clueSourceKey } from '../records/sourceKeys';

export interface ClueFeedbackArgs {
  letterId: string;
  clueId: string;
  finding: LetterFinding;
  note?: string | null;
}

/**
 * The addressed industry regulator's finding on a clue of the letter that names no USCC: no
 * finding per entity covers it. Written to the clue's record in records first (idempotent there),
 * then here; the same finding again is the clue, another one CONFLICT.
 */
export async function recordClueFeedback(context: ComplaintsContext, args: ClueFeedbackArgs): Promise<ClueEntity> {
  const { identity, dataSource, gateway, loaders, now } = context;
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
  const recordId = clue.recordId ?? (await collectClue(gateway, clue, identity.subject)).id;
  await recordClueFinding(gateway, clueSourceKey(clue.id), identity.subject, { finding: args.finding, regulator: letter.recipient, note });
  const at = now();
  return inTransaction(dataSource, async (manager) => {
    const { affected } = await manager
      .createQueryBuilder()
      .update(ClueEntity)
      .set({ finding: args.finding, recordId, collectedAt: clue.collectedAt ?? at })
      .where('id = :id AND finding IS NULL', { id: clue.id })
      .execute();
    const stored = await manager.findOneByOrFail(ClueEntity, { id: clue.id });
    if (!affected) {
      if (stored.finding === args.finding) return stored;
      throw conflict(`the finding on clue ${clue.id} was already recorded as ${stored.finding}`);
    }
    await recordAudit(manager, identity, { operation: 'recordClueFeedback', objectType: 'ImpersonationClue', objectId: clue.id, summary: `finding ${args.finding} on clue ${clue.id} of warning letter ${letter.id}` }, at);
    return stored;
  });
}
