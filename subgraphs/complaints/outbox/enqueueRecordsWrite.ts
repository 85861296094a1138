import type { EntityManager } from 'typeorm';
import { OutboxEntity } from '../entities/OutboxEntity';
import { variablesOf, type RecordsWrite } from './recordsWrite';

/**
 * Stores a write to records in the caller's transaction, so it exists exactly when the state
 * change that decided it commits. A write already queued under the same operation and key is
 * kept as it is (its input was fixed first); the relay delivers after the commit.
 */
export async function enqueueRecordsWrite(manager: EntityManager, write: RecordsWrite, at: Date): Promise<void> {
  const queued = await manager.existsBy(OutboxEntity, { operation: write.operation, sourceKey: write.sourceKey });
  if (queued) return;
  await manager.insert(OutboxEntity, {
    operation: write.operation,
    sourceKey: write.sourceKey,
    variables: JSON.stringify(variablesOf(write)),
    status: 'PENDING',
    attempts: 0,
    nextAttemptAt: null,
    lastError: null,
    createdAt: at,
    deliveredAt: null,
    recordId: null,
  });
}
