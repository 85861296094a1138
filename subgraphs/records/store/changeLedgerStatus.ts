import type { EntityManager } from 'typeorm';
import { LedgerEntryEntity } from '../entities/LedgerEntryEntity';
import { LedgerStatusChangeEntity } from '../entities/LedgerStatusChangeEntity';
import type { LedgerExitKind, LedgerStatus } from '../generated/resolversTypes';

/** What a workflow stores: an exit (decideLedgerExit) or a return (a new record). Exclusion is read live, never stored. */
export type LedgerStatusChange =
  | { status: 'EXITED'; at: Date; exitKind: LedgerExitKind; reason?: string | null }
  | { status: 'IN_LEDGER'; at: Date };

/**
 * Changes an entry's status and records the change, so that the ledger of a past month shows
 * the entry as it stood then. Every change of a ledger entry's status goes through here; a return
 * to the ledger clears how it exited. With `from`, only an entry stored in that status changes (a
 * conditional update, so that of two racing changes one wins); returns whether it changed. Call
 * inside a transaction.
 */
export async function changeLedgerStatus(manager: EntityManager, entryId: number, change: LedgerStatusChange, from?: LedgerStatus): Promise<boolean> {
  const exited = change.status === 'EXITED';
  const exitKind = exited ? change.exitKind : null;
  const reason = exited ? change.reason ?? null : null;
  const update = manager
    .createQueryBuilder()
    .update(LedgerEntryEntity)
    .set({ status: change.status, exclusionReason: null, exitedAt: exited ? change.at : null, exitKind, exitReason: reason })
    .where('id = :entryId', { entryId });
  if (from) update.andWhere('status = :from', { from });
  const { affected } = await update.execute();
  if (from && !affected) return false;
  await manager.insert(LedgerStatusChangeEntity, { entryId, status: change.status, reason, exitKind, at: change.at });
  return true;
}
