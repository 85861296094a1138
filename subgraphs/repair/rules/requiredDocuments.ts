import type { RecordKind, RepairDocumentKind } from '../generated/resolversTypes';

const LETTER_AND_PROOF: readonly RepairDocumentKind[] = ['COMMITMENT_LETTER', 'PROOF_OF_CORRECTION'];

/**
 * The documents a repair of each kind of record needs (失信行为纠正后的信用信息修复管理办法（试行）,
 * NDRC Order 58 of 2023: an application comes with a commitment to keep faith and proof that the
 * obligations were performed and the conduct corrected). A list entry's obligations are proved by
 * the court's or listing authority's confirmation instead (decideRepair), so its application needs
 * the commitment letter only. A clue is never repaired: it is verified or refuted.
 */
export const REQUIRED_DOCUMENTS: Readonly<Record<RecordKind, readonly RepairDocumentKind[]>> = {
  ADMINISTRATIVE_PENALTY: LETTER_AND_PROOF,
  FALSE_DISCLOSURE: LETTER_AND_PROOF,
  COMMITMENT_BREACH: LETTER_AND_PROOF,
  SERIOUS_DISHONESTY_LIST: ['COMMITMENT_LETTER'],
  IMPERSONATION_CLUE: [],
};

/** The kinds `kind` requires that `given` lacks, in the order required. */
export function missingDocuments(kind: RecordKind, given: readonly { kind: RepairDocumentKind }[]): RepairDocumentKind[] {
  return REQUIRED_DOCUMENTS[kind].filter((required) => !given.some((document) => document.kind === required));
}
