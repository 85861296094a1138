import type { EntityManager } from 'typeorm';
import { recordAudit } from '../../kit/audit/recordAudit';
import type { Identity } from '../../kit/identity/identity';
import { ComplaintEntity } from '../entities/ComplaintEntity';
import { ComplaintEventEntity } from '../entities/ComplaintEventEntity';
import type { ComplaintOutcome, ComplaintStatus } from '../generated/resolversTypes';
import { requireComplaintStatus } from './requireComplaintStatus';

export interface Transition {
  complaint: ComplaintEntity;
  from: readonly ComplaintStatus[];
  to: ComplaintStatus;
  /** Words for the CONFLICT: "only a SUBMITTED complaint can be <action>". */
  action: string;
  operation: string;
  at: Date;
  note: string | null;
  /** Whether the note shows on the public timeline. */
  public: boolean;
  outcome?: ComplaintOutcome | null;
  /** Other columns the step sets. */
  changes?: Partial<Pick<ComplaintEntity, 'outcome' | 'severity' | 'recordId' | 'conclusion'>>;
  /** The audit summary; never personal data. */
  summary: string;
}

/**
 * Moves a complaint from one of `from` to `to` with its step and audit entry, inside the caller's
 * transaction. The update is conditional on the state, so of two handlers acting at once one
 * wins and the other gets the CONFLICT naming the state the winner left.
 */
export async function transitionComplaint(manager: EntityManager, identity: Identity, transition: Transition): Promise<ComplaintEntity> {
  const { complaint, from, to, at } = transition;
  const result = await manager
    .createQueryBuilder()
    .update(ComplaintEntity)
    .set({ status: to, ...transition.changes })
    .where('id = :id AND status IN (:...from)', { id: complaint.id, from })
    .execute();
  if (!result.affected) {
    const current = await manager.findOneByOrFail(ComplaintEntity, { id: complaint.id });
    requireComplaintStatus(current, from, transition.action);
  }
  await manager.insert(ComplaintEventEntity, { complaintId: complaint.id, status: to, at, note: transition.note, public: transition.public, outcome: transition.outcome ?? null });
  await recordAudit(manager, identity, { operation: transition.operation, objectType: 'Complaint', objectId: complaint.id, summary: transition.summary }, at);
  return manager.findOneByOrFail(ComplaintEntity, { id: complaint.id });
}
