import { inTransaction } from '../../kit/data/transaction';
import { optionalText } from '../../kit/inputs/text';
import { collectClue } from '../clues/collectClue';
import { ClueEntity } from '../entities/ClueEntity';
import type { MutationResolvers } from '../generated/resolversTypes';
import { enqueueRecordsWrite } from '../outbox/enqueueRecordsWrite';
import { deliverSoon } from '../outbox/outboxRelays';
import { clueSourceKey } from '../records/sourceKeys';
import { loadHandledComplaint } from './loadHandledComplaint';
import { requireComplaintStatus } from './requireComplaintStatus';
import { transitionComplaint } from './transitionComplaint';

/**
 * SUBMITTED → ACCEPTED. An impersonation report's clue becomes one to collect now (not at
 * submission: anyone may submit, and a refused report is no clue): in the transaction that wins
 * the state change, its collection is queued in the outbox, then delivered to records after the
 * commit. Of an acceptance and a refusal at once only the winner commits, so a refused report's
 * clue never reaches records. When records cannot be reached the acceptance stands and the relay
 * delivers later. The acceptance note is internal (it may name people or other cases).
 */
export const acceptComplaint: NonNullable<MutationResolvers['acceptComplaint']> = async (_parent, { id, note }, context) => {
  const { identity, dataSource, now } = context;
  const complaint = await loadHandledComplaint(context, id, 'accept complaints');
  const internalNote = optionalText('note', note, { max: 1000 });
  requireComplaintStatus(complaint, ['SUBMITTED'], 'accepted');
  const at = now();
  const { accepted, clues } = await inTransaction(dataSource, async (manager) => {
    const clues = await manager.findBy(ClueEntity, { complaintId: complaint.id });
    const accepted = await transitionComplaint(manager, identity, {
      complaint,
      from: ['SUBMITTED'],
      to: 'ACCEPTED',
      action: 'accepted',
      operation: 'acceptComplaint',
      at,
      note: internalNote,
      public: false,
      summary: `complaint ${complaint.trackingNumber} accepted${clues.length ? `; clue ${clues.map((clue) => clue.id).join(', ')} queued for collection as a record` : ''}`,
    });
    for (const clue of clues) {
      await manager.update(ClueEntity, { id: clue.id }, { acceptedAt: at });
      if (clue.recordId === null) await enqueueRecordsWrite(manager, collectClue(clue, complaint, identity.subject), at);
    }
    return { accepted, clues };
  });
  await deliverSoon(dataSource, clues.map((clue) => clueSourceKey(clue.id)));
  return accepted;
};
