import { recordAudit } from '../../kit/audit/recordAudit';
import { inTransaction } from '../../kit/data/transaction';
import { badUserInput, conflict, notFound } from '../../kit/errors';
import { optionalText, requiredText } from '../../kit/inputs/text';
import { requireComplaintsService } from '../access/requireComplaintsService';
import { DishonestyRecordEntity } from '../entities/DishonestyRecordEntity';
import type { MutationResolvers } from '../generated/resolversTypes';
import { actingFor } from '../store/actingFor';

/**
 * The contract with complaints (SERVICE "complaints" only): the industry regulator's finding on
 * a clue collected under `sourceKey` (Annex 3: 对经查属实的…). UNFOUNDED refutes the clue: it no
 * longer makes its subject a target. The finding is written only while none is stored (a
 * conditional update), so two different findings racing cannot both win.
 */
export const recordClueFinding: NonNullable<MutationResolvers['recordClueFinding']> = async (
  _parent,
  { sourceKey: givenKey, onBehalfOf: givenActor, finding, regulator: givenRegulator, note: givenNote },
  { dataSource, identity, now },
) => {
  requireComplaintsService(identity, 'record clue findings');
  const sourceKey = requiredText('sourceKey', givenKey, { max: 200 });
  const onBehalfOf = requiredText('onBehalfOf', givenActor, { max: 100 });
  const regulator = requiredText('regulator', givenRegulator, { max: 200 });
  const note = optionalText('note', givenNote, { max: 5000 });
  const at = now();
  return inTransaction(dataSource, async (manager) => {
    const record = await manager.findOneBy(DishonestyRecordEntity, { sourceKey });
    if (!record) throw notFound(`the record collected under ${sourceKey}`);
    if (record.kind !== 'IMPERSONATION_CLUE') throw badUserInput('sourceKey', `names a ${record.kind} record, not an impersonation clue`);
    if (record.finding === finding) return record;
    if (record.finding) throw conflict(`the clue collected under ${sourceKey} already has the finding ${record.finding}`);
    if (record.status === 'REVOKED') throw conflict(`the clue collected under ${sourceKey} is REVOKED`);
    const status = finding === 'UNFOUNDED' ? 'REFUTED' : record.status;
    const { affected } = await manager
      .createQueryBuilder()
      .update(DishonestyRecordEntity)
      .set({ finding, findingBy: regulator, findingNote: note, findingAt: at, status })
      .where('id = :id AND finding IS NULL', { id: record.id })
      .execute();
    const updated = await manager.findOneByOrFail(DishonestyRecordEntity, { id: record.id });
    if (!affected) {
      if (updated.finding === finding) return updated;
      throw conflict(`the clue collected under ${sourceKey} already has the finding ${updated.finding}`);
    }
    await recordAudit(manager, actingFor(identity, onBehalfOf), {
      operation: 'recordClueFinding',
      objectType: 'DishonestyRecord',
      objectId: record.id,
      summary: `${regulator} found the clue ${sourceKey} ${finding}${finding === 'UNFOUNDED' ? ': refuted' : ''}`,
    }, at);
    return updated;
  });
};
