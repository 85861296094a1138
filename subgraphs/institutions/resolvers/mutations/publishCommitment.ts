import { recordAudit } from '../../../kit/audit/recordAudit';
import { inTransaction } from '../../../kit/data/transaction';
import { conflict } from '../../../kit/errors';
import { requireRole } from '../../../kit/identity/authorize';
import { inRegistrarScope, REGISTRARS } from '../../access/actors';
import { institutionToActOn } from '../../access/institutionToActOn';
import { requireStatus } from '../../access/requireStatus';
import { CommitmentEntity } from '../../entities/CommitmentEntity';
import type { MutationResolvers } from '../../generated/resolversTypes';

/**
 * The lead unit of the institution's region (or the national regulator) publishes the latest
 * commitment on Credit China: lead units organise the commitments and collect and report them
 * (seed, measure 4 and Annex 1 note 3: 已归集上报). Publishing it again changes nothing.
 */
export const publishCommitment: MutationResolvers = {
  publishCommitment: (_parent, { uscc }, { dataSource, identity, now }) => {
    requireRole(identity, REGISTRARS, 'publish a commitment');
    return inTransaction(dataSource, async (manager) => {
      const institution = await institutionToActOn(manager, uscc, inRegistrarScope(identity));
      requireStatus(institution, ['OPERATING'], 'have a commitment published');
      const latest = await manager.findOne(CommitmentEntity, { where: { uscc }, order: { id: 'DESC' } });
      if (!latest) throw conflict(`institution ${uscc} has not signed a commitment`);
      if (latest.supersededAt) {
        throw conflict(`the latest commitment of ${uscc} is not current (the legal representative changed since it was signed): the new one must sign a commitment`);
      }
      const at = now();
      const already = latest.publishedAt !== null;
      latest.publishedAt ??= at;
      const published = await manager.save(latest);
      await recordAudit(manager, identity, {
        operation: 'publishCommitment',
        objectType: 'CreditCommitment',
        objectId: published.id,
        summary: already ? `the credit commitment of ${uscc} was already published` : `published the credit commitment of ${uscc}`,
      }, at);
      return published;
    });
  },
};
