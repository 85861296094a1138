import { recordAudit } from '../../kit/audit/recordAudit';
import { inTransaction } from '../../kit/data/transaction';
import { badUserInput } from '../../kit/errors';
import { forbidden, inRegionScope, requireRole } from '../../kit/identity/authorize';
import { requiredText, textList } from '../../kit/inputs/text';
import { complaintsRoles } from '../access/complaintsRoles';
import type { ComplaintsContext } from '../context';
import { ClueEntity } from '../entities/ClueEntity';
import type { RecordImpersonationClueInput } from '../generated/resolversTypes';
import { collectClue } from './collectClue';

/**
 * A clue a lead unit found elsewhere (monitoring, another agency's referral), collected in records
 * at once. Its key (clue:<id>) exists only once the row does, so records is asked inside this
 * transaction, before it commits: when records cannot be reached the clue is not stored.
 */
export async function recordImpersonationClue(context: ComplaintsContext, input: RecordImpersonationClueInput): Promise<ClueEntity> {
  const { identity, dataSource, gateway, now } = context;
  requireRole(identity, complaintsRoles.sendClues, 'record impersonation clues');
  if (!inRegionScope(identity, input.region)) throw forbidden(`a lead unit of ${identity.region ?? 'no region'} may not record clues of region ${input.region}`);
  const uscc = input.subjectUscc ?? null;
  const subjectName = requiredText('input.subjectName', input.subjectName, { max: 200 });
  const subjectIdentifiers = textList('input.subjectIdentifiers', input.subjectIdentifiers, { max: 200 }, 20);
  if (!uscc && !subjectIdentifiers.length) throw badUserInput('input.subjectIdentifiers', "a clue needs the subject's USCC or at least one identifier (website, account, phone)");
  const description = requiredText('input.description', input.description, { max: 5000 });
  const source = requiredText('input.source', input.source, { max: 200 });
  const at = now();
  return inTransaction(dataSource, async (manager) => {
    const clue = await manager.save(
      manager.create(ClueEntity, { region: input.region, uscc, subjectName, subjectIdentifiers, description, reportedAt: at, complaintId: null, warningLetterId: null, recordId: null, collectedAt: null, finding: null, source }),
    );
    const record = await collectClue(gateway, clue, identity.subject);
    await manager.update(ClueEntity, { id: clue.id }, { recordId: record.id, collectedAt: at });
    await recordAudit(manager, identity, { operation: 'recordImpersonationClue', objectType: 'ImpersonationClue', objectId: clue.id, summary: `clue ${clue.id} in region ${input.region}${uscc ? ` about ${uscc}` : ', subject without a USCC'} collected as record ${record.id}` }, at);
    return manager.findOneByOrFail(ClueEntity, { id: clue.id });
  });
}
