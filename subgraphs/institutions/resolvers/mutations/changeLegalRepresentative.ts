import { IsNull } from 'typeorm';
import { recordAudit } from '../../../kit/audit/recordAudit';
import { inTransaction } from '../../../kit/data/transaction';
import { badUserInput } from '../../../kit/errors';
import { requireRole } from '../../../kit/identity/authorize';
import { requiredText } from '../../../kit/inputs/text';
import { inRegistrarScope, REGISTRARS } from '../../access/actors';
import { institutionToActOn } from '../../access/institutionToActOn';
import { OPEN_STATUSES, requireStatus } from '../../access/requireStatus';
import { CommitmentEntity } from '../../entities/CommitmentEntity';
import type { MutationResolvers } from '../../generated/resolversTypes';

/**
 * The registrar records a new legal representative. Every commitment still current stops being
 * current (DESIGN.md §6 (b): re-signed when the legal representative changes), so the entity's
 * commitmentPublished is false until the new one signs and the commitment is published. The
 * audit entry names no one: the names are personal data.
 */
export const changeLegalRepresentative: MutationResolvers = {
  changeLegalRepresentative: (_parent, { uscc, legalRepresentative, reason }, { dataSource, identity, now }) => {
    requireRole(identity, REGISTRARS, 'change a legal representative');
    return inTransaction(dataSource, async (manager) => {
      const institution = await institutionToActOn(manager, uscc, inRegistrarScope(identity));
      const name = requiredText('legalRepresentative', legalRepresentative, { max: 100 });
      const why = requiredText('reason', reason, { max: 500 });
      // Compared in code: the names are stored encrypted.
      if (name === institution.legalRepresentative) throw badUserInput('legalRepresentative', 'is already the registered legal representative');
      requireStatus(institution, OPEN_STATUSES, 'change its legal representative');
      const at = now();
      const superseded = await manager.update(
        CommitmentEntity,
        { uscc, supersededAt: IsNull() },
        { supersededAt: at, supersededReason: `法定代表人变更：${why}`.slice(0, 500) },
      );
      institution.legalRepresentative = name;
      const saved = await manager.save(institution);
      await recordAudit(manager, identity, {
        operation: 'changeLegalRepresentative',
        objectType: 'Institution',
        objectId: uscc,
        summary: `changed the legal representative: ${why} (${superseded.affected ?? 0} commitments no longer current)`,
      }, at);
      return saved;
    });
  },
};
