import type { LedgerEntryEntity } from '../entities/LedgerEntryEntity';
import type { LedgerStatus } from '../generated/resolversTypes';
import { exclusionOf } from '../ledger/exclusion';
import type { HubFacts } from '../ledger/hubFacts';

export interface LiveStatus {
  status: LedgerStatus;
  exclusionReason: string | null;
}

/** An entry's status now, as LedgerEntry.status reads it: EXCLUDED while institutions' business status excludes it, else as stored. */
export function liveStatus(entry: Pick<LedgerEntryEntity, 'status' | 'exclusionReason'>, facts: HubFacts | undefined): LiveStatus {
  const exclusion = exclusionOf(facts);
  return exclusion ? { status: 'EXCLUDED', exclusionReason: exclusion } : { status: entry.status, exclusionReason: entry.exclusionReason };
}
