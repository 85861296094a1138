import type { EntityManager } from 'typeorm';
import { ClueEntity } from '../entities/ClueEntity';
import { ComplaintEntity } from '../entities/ComplaintEntity';
import { ComplaintEventEntity } from '../entities/ComplaintEventEntity';
import type { Submission } from '../inputs/validateSubmitComplaint';

export interface NewComplaint {
  submission: Submission;
  idempotencyKey: string;
  contentHash: string;
  trackingNumber: string;
  tokenHash: string;
  submittedAt: Date;
  acceptDueAt: Date;
}

/**
 * Stores a submitted complaint with its first event (SUBMITTED) and, for an impersonation
 * report, the impersonation clue it gives rise to. Call inside a transaction.
 */
export async function storeComplaint(manager: EntityManager, complaint: NewComplaint): Promise<ComplaintEntity> {
  const { submission, submittedAt } = complaint;
  const stored = await manager.save(
    manager.create(ComplaintEntity, {
      trackingNumber: complaint.trackingNumber,
      tokenHash: complaint.tokenHash,
      idempotencyKey: complaint.idempotencyKey,
      contentHash: complaint.contentHash,
      category: submission.category,
      status: 'SUBMITTED',
      region: submission.region,
      uscc: submission.uscc,
      subjectName: submission.subjectName,
      subjectIdentifiers: submission.subjectIdentifiers,
      content: submission.content,
      complainantName: submission.complainant?.name ?? null,
      complainantPhone: submission.complainant?.phone ?? null,
      complainantEmail: submission.complainant?.email ?? null,
      submittedAt,
      acceptDueAt: complaint.acceptDueAt,
    }),
  );
  await manager.save(manager.create(ComplaintEventEntity, { complaintId: stored.id, status: 'SUBMITTED', at: submittedAt, note: null, public: true, outcome: null }));
  if (submission.category === 'IMPERSONATION') {
    await manager.save(
      manager.create(ClueEntity, {
        region: submission.region,
        uscc: submission.uscc,
        subjectName: submission.subjectName,
        subjectIdentifiers: submission.subjectIdentifiers,
        description: submission.content,
        reportedAt: submittedAt,
        complaintId: stored.id,
        warningLetterId: null,
      }),
    );
  }
  return stored;
}
