import { recordAudit } from '../../../kit/audit/recordAudit';
import { inTransaction } from '../../../kit/data/transaction';
import { badUserInput } from '../../../kit/errors';
import { requireRole } from '../../../kit/identity/authorize';
import { optionalText } from '../../../kit/inputs/text';
import { inRegistrarScope, REGISTRARS } from '../../access/actors';
import { institutionToActOn } from '../../access/institutionToActOn';
import { OPEN_STATUSES, requireStatus } from '../../access/requireStatus';
import { BusinessStatusChangeEntity } from '../../entities/BusinessStatusChangeEntity';
import type { MutationResolvers } from '../../generated/resolversTypes';

/**
 * The registrar records a change of business status with its reason (required for every status
 * but OPERATING: the four others exclude the institution from the ledger, seed measure 1, and the
 * ledger shows why). Each change is kept in the history. Setting the current status again with a
 * new reason corrects the reason, and is kept too.
 */
export const updateBusinessStatus: MutationResolvers = {
  updateBusinessStatus: (_parent, { uscc, status, reason }, { dataSource, identity, now }) => {
    requireRole(identity, REGISTRARS, 'change a business status');
    return inTransaction(dataSource, async (manager) => {
      const institution = await institutionToActOn(manager, uscc, inRegistrarScope(identity));
      const why = optionalText('reason', reason, { max: 500 });
      if (status !== 'OPERATING' && !why) throw badUserInput('reason', `is required when the status becomes ${status}`);
      requireStatus(institution, OPEN_STATUSES, 'change its business status');
      const at = now();
      const before = institution.businessStatus;
      await manager.insert(BusinessStatusChangeEntity, { uscc, previousStatus: before, status, reason: why, changedBy: identity.subject, changedAt: at });
      institution.businessStatus = status;
      institution.businessStatusReason = why;
      institution.businessStatusChangedAt = at;
      const saved = await manager.save(institution);
      await recordAudit(manager, identity, {
        operation: 'updateBusinessStatus',
        objectType: 'Institution',
        objectId: uscc,
        summary: `business status ${before} → ${status}${why ? `: ${why}` : ''}`,
      }, at);
      return saved;
    });
  },
};
