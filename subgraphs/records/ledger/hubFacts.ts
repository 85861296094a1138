import type { BusinessStatus } from '../generated/resolversTypes';

/**
 * The other agencies' facts about the entry's subject that the ledger `@requires` (DESIGN.md §3
 * rules 5–6): institutions' business status and commitment, complaints' clues, repair's record
 * facts (record ids in records). A field the gateway did not send is undefined.
 */
export interface HubFacts {
  businessStatus?: BusinessStatus | null;
  businessStatusReason?: string | null;
  commitmentPublished?: boolean | null;
  unsentClueRegions?: readonly string[] | null;
  repairedRecordIds?: readonly string[] | null;
  obligationsFulfilledRecordIds?: readonly string[] | null;
  settlementReachedRecordIds?: readonly string[] | null;
  settlementPerformedRecordIds?: readonly string[] | null;
}

/** The hub facts of a LedgerEntry reference: its `subject` when the gateway sent one. */
export function hubFactsOf(reference: object): HubFacts | undefined {
  if (!('subject' in reference) || typeof reference.subject !== 'object' || reference.subject === null) return undefined;
  return reference.subject;
}
