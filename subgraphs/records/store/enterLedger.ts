import type { EntityManager } from 'typeorm';
import { LedgerEntryEntity } from '../entities/LedgerEntryEntity';
import { changeLedgerStatus } from './changeLedgerStatus';
import { lockedLedgerEntry } from './lockedLedgerEntry';

export interface LedgerSubject {
  uscc: string;
  region: string;
  subjectName: string;
}

/**
 * A new record puts its subject into the region's ledger: a new entry, or an exited entry back
 * (DESIGN §6), which clears how it exited. An entry already in the ledger stays as it is (whether
 * it is excluded is read live from institutions). Inserting ignores a concurrent insert of the
 * same entry (unique uscc + region).
 */
export async function enterLedger(manager: EntityManager, { uscc, region, subjectName }: LedgerSubject, at: Date): Promise<void> {
  const found = await manager.findOne(LedgerEntryEntity, { select: { id: true }, where: { uscc, region } });
  const entry = found && (await lockedLedgerEntry(manager, found.id));
  if (entry?.status === 'EXITED') {
    await changeLedgerStatus(manager, entry.id, { status: 'IN_LEDGER', at });
    return;
  }
  if (entry) return;
  await manager
    .createQueryBuilder()
    .insert()
    .into(LedgerEntryEntity)
    .values({ uscc, region, subjectName, status: 'IN_LEDGER', exclusionReason: null, addedAt: at, exitedAt: null, exitKind: null, exitReason: null, remarks: null, responsibleUnit: null })
    .orIgnore()
    .execute();
}
