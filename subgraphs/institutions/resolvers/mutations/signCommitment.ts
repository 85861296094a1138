import { recordAudit } from '../../../kit/audit/recordAudit';
import { inTransaction } from '../../../kit/data/transaction';
import { badUserInput } from '../../../kit/errors';
import { isInstitution, requireRole } from '../../../kit/identity/authorize';
import { requiredText } from '../../../kit/inputs/text';
import { institutionToActOn } from '../../access/institutionToActOn';
import { requireStatus } from '../../access/requireStatus';
import { CommitmentEntity } from '../../entities/CommitmentEntity';
import type { MutationResolvers } from '../../generated/resolversTypes';

/**
 * Signed by both the institution (its own account: no one signs for it, not even the national
 * regulator) and its legal representative as registered at signing (Annex 2; DESIGN.md §6 (b)).
 */
export const signCommitment: MutationResolvers = {
  signCommitment: (_parent, { uscc, input }, { dataSource, identity, now }) => {
    requireRole(identity, ['INSTITUTION'], 'sign a commitment');
    return inTransaction(dataSource, async (manager) => {
      const institution = await institutionToActOn(manager, uscc, (found) => isInstitution(identity, found.uscc));
      const text = requiredText('input.text', input.text, { max: 10000 });
      const legalRepresentative = requiredText('input.legalRepresentative', input.legalRepresentative, { max: 100 });
      // Personal data is stored encrypted: compared here, in clear, never in SQL.
      if (institution.legalRepresentative !== legalRepresentative) {
        throw badUserInput('input.legalRepresentative', "must be the institution's legal representative as registered");
      }
      requireStatus(institution, ['OPERATING'], 'sign a commitment');
      const at = now();
      const commitment = await manager.save(manager.create(CommitmentEntity, {
        uscc, text, legalRepresentative, signedAt: at, publishedAt: null, supersededAt: null, supersededReason: null,
      }));
      await recordAudit(manager, identity, {
        operation: 'signCommitment',
        objectType: 'CreditCommitment',
        objectId: commitment.id,
        summary: `signed a credit commitment of ${uscc} by its registered legal representative`,
      }, at);
      return commitment;
    });
  },
};
