import type { LedgerEntryEntity } from '../entities/LedgerEntryEntity';
import type { HubFacts } from '../ledger/hubFacts';

/**
 * A ledger entry as `LedgerEntry`'s resolvers receive it: as it stands now, or, with `asOf`, as it
 * stood just before that instant (the ledger of the month `period`). `hub` carries the other
 * agencies' facts the gateway sent with the reference (@requires), when it did.
 */
export interface LedgerEntryView extends LedgerEntryEntity {
  asOf?: Date;
  period?: string;
  hub?: HubFacts;
}
