import { forbidden } from '../../kit/identity/authorize';
import { recordAudit } from '../../kit/audit/recordAudit';
import { isUniqueViolation } from '../../kit/data/isUniqueViolation';
import { inTransaction } from '../../kit/data/transaction';
import { conflict } from '../../kit/errors';
import { ComplaintEntity } from '../entities/ComplaintEntity';
import type { ComplaintReceipt, MutationResolvers } from '../generated/resolversTypes';
import { submissionHash, validateIdempotencyKey, validateSubmitComplaint } from '../inputs/validateSubmitComplaint';
import { storeComplaint } from '../store/storeComplaint';
import { acceptComplaint } from '../handling/acceptComplaint';
import { addComplaintProgress } from '../handling/addComplaintProgress';
import { concludeComplaint } from '../handling/concludeComplaint';
import { refuseComplaint } from '../handling/refuseComplaint';
import { recordImpersonationClue } from '../clues/recordImpersonationClue';
import { issueWarningLetter } from '../letters/issueWarningLetter';
import { recordClueFeedback } from '../letters/recordClueFeedback';
import { recordLetterFeedback } from '../letters/recordLetterFeedback';
import { sha256Hex, tokenFor } from '../tokens/complaintTokens';
import { newTrackingNumber } from '../tokens/trackingNumber';

function receiptOf({ trackingNumber, status, submittedAt, acceptDueAt }: ComplaintEntity): ComplaintReceipt {
  return { trackingNumber, token: tokenFor(trackingNumber), status, submittedAt, acceptDueAt };
}

/** The receipt of an earlier submission under the same key, if it had the same content. */
function retriedReceipt(earlier: ComplaintEntity, contentHash: string): ComplaintReceipt {
  if (earlier.contentHash !== contentHash) {
    throw conflict('this idempotency key was already used for a different complaint: use a new key for new content');
  }
  return receiptOf(earlier);
}

/** What was submitted, without the complainant or the subject's name (personal data stays out of the log). */
function submissionSummary({ trackingNumber, category, region, uscc }: ComplaintEntity): string {
  return `complaint ${trackingNumber} submitted: ${category} in region ${region}${uscc ? ` about ${uscc}` : ', subject without a USCC'}`;
}

export const Mutation: MutationResolvers = {
  submitComplaint: async (_parent, { input, idempotencyKey: key }, { identity, dataSource, now, deadline }) => {
    // A SERVICE identity reads facts for decisions; complaints come from people.
    if (identity.role === 'SERVICE') throw forbidden('SERVICE may not submit complaints');
    const submission = validateSubmitComplaint(input);
    const idempotencyKey = validateIdempotencyKey(key);
    const contentHash = submissionHash(submission);
    const submittedAt = now();
    const acceptDueAt = deadline('COMPLAINT_ACCEPTANCE', submittedAt);
    try {
      return await inTransaction(dataSource, async (manager) => {
        const earlier = await manager.findOneBy(ComplaintEntity, { idempotencyKey });
        if (earlier) return retriedReceipt(earlier, contentHash);
        const trackingNumber = newTrackingNumber(submittedAt);
        const tokenHash = sha256Hex(tokenFor(trackingNumber));
        const stored = await storeComplaint(manager, { submission, idempotencyKey, contentHash, trackingNumber, tokenHash, submittedAt, acceptDueAt });
        await recordAudit(manager, identity, { operation: 'submitComplaint', objectType: 'Complaint', objectId: stored.id, summary: submissionSummary(stored) }, submittedAt);
        return receiptOf(stored);
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // A concurrent request stored the same key first: answer as a retry of it.
      const winner = await dataSource.getRepository(ComplaintEntity).findOneBy({ idempotencyKey });
      if (!winner) throw error;
      return retriedReceipt(winner, contentHash);
    }
  },
  acceptComplaint,
  refuseComplaint,
  addComplaintProgress,
  concludeComplaint,
  recordImpersonationClue,
  issueWarningLetter,
  recordLetterFeedback,
  recordClueFeedback,
};
