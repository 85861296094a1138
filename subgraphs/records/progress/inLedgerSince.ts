import type { LedgerEntryEntity } from '../entities/LedgerEntryEntity';
import type { RecordsLoaders } from '../loaders/createRecordsLoaders';

/** When the entry's current stay in the ledger began: its return after an exit, or when it was added. */
export async function inLedgerSince(loaders: RecordsLoaders, entry: LedgerEntryEntity): Promise<Date> {
  return (await loaders.returnedToLedgerAt.load(entry.id)) ?? entry.addedAt;
}
