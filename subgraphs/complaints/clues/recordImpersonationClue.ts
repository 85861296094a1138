import { recordAudit } from '../../kit/audit/recordAudit';
import { inTransaction } from '../../kit/data/transaction';
import { badUserInput } from '../../kit/errors';
import { forbidden, inRegionScope, requireRole } from '../../kit/identity/authorize';
import { requiredText, textList } from '../../kit/inputs/text';
import { complaintsRoles } from '../access/complaintsRoles';
import { ClueEntity } from '../entities/ClueEntity';
import type { MutationResolvers } from '../generated/resolversTypes';
import { enqueueRecordsWrite } from '../outbox/enqueueRecordsWrite';
import { deliverSoon } from '../outbox/outboxRelays';
import { clueSourceKey } from '../records/sourceKeys';
import { collectClue } from './collectClue';

/**
 * A clue a lead unit found elsewhere (monitoring, another agency's referral). Its collection in
 * records (key clue:<id>, which exists only once the row does) is queued in the outbox in the
 * same transaction and delivered after the commit, never from inside it: a rollback leaves
 * records untouched, and while records cannot be reached the clue is stored and accepted but not
 * yet `collected` (the relay delivers it).
 */
export const recordImpersonationClue: NonNullable<MutationResolvers['recordImpersonationClue']> = async (_parent, { input }, context) => {
  const { identity, dataSource, now } = context;
  requireRole(identity, complaintsRoles.sendClues, 'record impersonation clues');
  if (!inRegionScope(identity, input.region)) throw forbidden(`a lead unit of ${identity.region ?? 'no region'} may not record clues of region ${input.region}`);
  const uscc = input.subjectUscc ?? null;
  const subjectName = requiredText('input.subjectName', input.subjectName, { max: 200 });
  const subjectIdentifiers = textList('input.subjectIdentifiers', input.subjectIdentifiers, { max: 200 }, 20);
  if (!uscc && !subjectIdentifiers.length) throw badUserInput('input.subjectIdentifiers', "a clue needs the subject's USCC or at least one identifier (website, account, phone)");
  const description = requiredText('input.description', input.description, { max: 5000 });
  const source = requiredText('input.source', input.source, { max: 200 });
  const at = now();
  const clue = await inTransaction(dataSource, async (manager) => {
    const stored = await manager.save(
      manager.create(ClueEntity, { region: input.region, uscc, subjectName, subjectIdentifiers, description, reportedAt: at, complaintId: null, warningLetterId: null, recordId: null, acceptedAt: at, collectedAt: null, finding: null, source }),
    );
    await enqueueRecordsWrite(manager, collectClue(stored, null, identity.subject), at);
    await recordAudit(manager, identity, { operation: 'recordImpersonationClue', objectType: 'ImpersonationClue', objectId: stored.id, summary: `clue ${stored.id} in region ${input.region}${uscc ? ` about ${uscc}` : ', subject without a USCC'} queued for collection as a record` }, at);
    return stored;
  });
  await deliverSoon(dataSource, [clueSourceKey(clue.id)]);
  return dataSource.getRepository(ClueEntity).findOneByOrFail({ id: clue.id });
};
