import { inTransaction } from '../../kit/data/transaction';
import { optionalText } from '../../kit/inputs/text';
import { collectClue } from '../clues/collectClue';
import type { ComplaintsContext } from '../context';
import { ClueEntity } from '../entities/ClueEntity';
import type { ComplaintEntity } from '../entities/ComplaintEntity';
import type { CollectedRecord } from '../records/readRecordAnswer';
import { loadHandledComplaint } from './loadHandledComplaint';
import { requireComplaintStatus } from './requireComplaintStatus';
import { transitionComplaint } from './transitionComplaint';

/**
 * SUBMITTED → ACCEPTED. An impersonation report's clue is collected in records now (not at
 * submission: anyone may submit, and a refused report is no clue). records is asked first and
 * is idempotent on the clue's key, so when it cannot be reached nothing changes here and a retry
 * completes both. The acceptance note is internal (it may name people or other cases).
 */
export async function acceptComplaint(context: ComplaintsContext, id: string, note: string | null | undefined): Promise<ComplaintEntity> {
  const { identity, dataSource, gateway, now } = context;
  const complaint = await loadHandledComplaint(context, id, 'accept complaints');
  const internalNote = optionalText('note', note, { max: 1000 });
  requireComplaintStatus(complaint, ['SUBMITTED'], 'accepted');
  const clues = await dataSource.getRepository(ClueEntity).findBy({ complaintId: complaint.id });
  const collected: [ClueEntity, CollectedRecord][] = [];
  for (const clue of clues) if (clue.recordId === null) collected.push([clue, await collectClue(gateway, clue, identity.subject)]);
  const at = now();
  return inTransaction(dataSource, async (manager) => {
    const accepted = await transitionComplaint(manager, identity, {
      complaint,
      from: ['SUBMITTED'],
      to: 'ACCEPTED',
      action: 'accepted',
      operation: 'acceptComplaint',
      at,
      note: internalNote,
      public: false,
      summary: `complaint ${complaint.trackingNumber} accepted${collected.length ? `; clue ${collected.map(([clue, record]) => `${clue.id} collected as record ${record.id}`).join(', ')}` : ''}`,
    });
    for (const [clue, record] of collected) await manager.update(ClueEntity, { id: clue.id }, { recordId: record.id, collectedAt: at });
    return accepted;
  });
}
