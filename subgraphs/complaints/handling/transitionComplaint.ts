import type { EntityManager } from 'typeorm';
import { recordAudit } from '../../kit/audit/recordAudit';
import { conflict } from '../../kit/errors';
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
 * transaction. The row is locked and the update conditional on the state, so of two handlers
 * acting at once one wins and the other gets the CONFLICT naming the state the winner left.
 */
export async function transitionComplaint(manager: EntityManager, identity: Identity, transition: Transition): Promise<ComplaintEntity> {
  const { complaint, from, to, at } = transition;
  // Locked first (MySQL): of two handlers at once the second waits here, then reads the state the
  // first committed (a locking read, not the transaction's snapshot) and gets the CONFLICT.
  const lock = manager.connection.options.type === 'mysql' ? { mode: 'pessimistic_write' as const } : undefined;
  const current = await manager.findOneOrFail(ComplaintEntity, { where: { id: complaint.id }, lock });
  requireComplaintStatus(current, from, transition.action);
  const result = await manager
    .createQueryBuilder()
    .update(ComplaintEntity)
    .set({ status: to, ...transition.changes })
    .where('id = :id AND status IN (:...from)', { id: complaint.id, from })
    .execute();
  if (!result.affected) throw conflict(`complaint ${complaint.id} changed meanwhile (it was ${current.status}), try again`);
  await manager.insert(ComplaintEventEntity, { complaintId: complaint.id, status: to, at, note: transition.note, public: transition.public, outcome: transition.outcome ?? null });
  await recordAudit(manager, identity, { operation: transition.operation, objectType: 'Complaint', objectId: complaint.id, summary: transition.summary }, at);
  return manager.findOneByOrFail(ComplaintEntity, { id: complaint.id });
}
