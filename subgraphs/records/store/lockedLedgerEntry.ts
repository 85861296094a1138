import type { EntityManager } from 'typeorm';
import { LedgerEntryEntity } from '../entities/LedgerEntryEntity';

/**
 * A ledger entry read inside the caller's transaction for a change of it. On MySQL the row is
 * locked (pessimistic_write) until the transaction ends, so a record entering the ledger and an
 * exit decision on the same entry run one after the other: the later one reads what the first
 * left (a record after an exit puts the entry back; an exit after a record sees the record).
 * SQLite's transactions are serialized already (inTransaction).
 */
export function lockedLedgerEntry(manager: EntityManager, id: number): Promise<LedgerEntryEntity | null> {
  const lock = manager.connection.options.type === 'mysql' ? { mode: 'pessimistic_write' as const } : undefined;
  return manager.findOne(LedgerEntryEntity, { where: { id }, lock });
}
