import type { EntityManager } from 'typeorm';
import { ClueEntity } from '../entities/ClueEntity';
import { ComplaintEntity } from '../entities/ComplaintEntity';
import type { OutboxEntity } from '../entities/OutboxEntity';
import { parseSourceKey } from '../records/sourceKeys';

/** What a delivered write changes here: a collected clue gets its record (and becomes `collected`), a published complaint its record. */
export async function applyDelivered(manager: EntityManager, row: OutboxEntity, recordId: string, at: Date): Promise<void> {
  const source = parseSourceKey(row.sourceKey);
  if (!source) return;
  if (source.kind === 'clue') {
    // A finding's delivery fills a record id a demo clue (seeded in records) lacked; a collection sets when it was collected.
    if (row.operation === 'collectAgencyRecord') await manager.update(ClueEntity, { id: source.id }, { recordId, collectedAt: at });
    else await manager.createQueryBuilder().update(ClueEntity).set({ recordId }).where('id = :id AND recordId IS NULL', { id: source.id }).execute();
    return;
  }
  if (row.operation === 'collectAgencyRecord') await manager.update(ComplaintEntity, { id: source.id }, { recordId });
}
