import type { LedgerEntryEntity } from '../entities/LedgerEntryEntity';

/**
 * A ledger entry as `LedgerEntry`'s resolvers receive it: as it stands now, or, with `asOf`, as it
 * stood just before that instant (the ledger of a past month).
 */
export interface LedgerEntryView extends LedgerEntryEntity {
  asOf?: Date;
}
