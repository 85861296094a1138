import { In, type EntityManager } from 'typeorm';
import { collectClue } from '../clues/collectClue';
import type { ClueEntity } from '../entities/ClueEntity';
import { ComplaintEntity } from '../entities/ComplaintEntity';
import { enqueueRecordsWrite } from '../outbox/enqueueRecordsWrite';
import type { RecordClueFinding } from '../records/recordClueFinding';
import { clueSourceKey } from '../records/sourceKeys';

/**
 * Queues the regulator's finding on each clue for its record in records, in the caller's
 * transaction. A clue whose record complaints does not know yet (a demo clue, or one whose
 * collection is still in the outbox) has its collection queued first (kept if queued already),
 * so the finding, delivered after it in the key's order, always has its record. Returns the keys.
 */
export async function queueClueFinding(manager: EntityManager, clues: ClueEntity[], finding: Omit<RecordClueFinding, 'operation' | 'sourceKey'>, at: Date): Promise<string[]> {
  const complaintIds = clues.flatMap((clue) => (clue.complaintId === null ? [] : [clue.complaintId]));
  const complaints = complaintIds.length ? await manager.findBy(ComplaintEntity, { id: In(complaintIds) }) : [];
  for (const clue of clues) {
    if (clue.recordId === null) {
      const complaint = complaints.find((candidate) => candidate.id === clue.complaintId) ?? null;
      await enqueueRecordsWrite(manager, collectClue(clue, complaint, finding.onBehalfOf), at);
    }
    await enqueueRecordsWrite(manager, { operation: 'recordClueFinding', sourceKey: clueSourceKey(clue.id), ...finding }, at);
  }
  return clues.map((clue) => clueSourceKey(clue.id));
}
