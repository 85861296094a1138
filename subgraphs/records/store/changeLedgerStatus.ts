import type { EntityManager } from 'typeorm';
import { LedgerEntryEntity } from '../entities/LedgerEntryEntity';
import { LedgerStatusChangeEntity } from '../entities/LedgerStatusChangeEntity';
import type { LedgerStatus } from '../generated/resolversTypes';

export interface LedgerStatusChange {
  status: LedgerStatus;
  at: Date;
  /** For an exclusion, its reason (bankruptcy, lost contact, deregistered, revoked). */
  reason?: string | null;
}

/**
 * Changes an entry's status and records the change, so that the ledger of a past month shows
 * the entry as it stood then. Every change of a ledger entry's status goes through here.
 * Call inside a transaction.
 */
export async function changeLedgerStatus(manager: EntityManager, entryId: number, { status, at, reason = null }: LedgerStatusChange): Promise<void> {
  await manager.update(LedgerEntryEntity, { id: entryId }, {
    status,
    exclusionReason: status === 'EXCLUDED' ? reason : null,
    exitedAt: status === 'EXITED' ? at : null,
  });
  await manager.insert(LedgerStatusChangeEntity, { entryId, status, reason, at });
}
