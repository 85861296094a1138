import type { LetterFinding } from '../generated/resolversTypes';

/** records' mutation for the regulator's finding on a collected clue (UNFOUNDED → REFUTED there); idempotent. */
export const RECORD_CLUE_FINDING = `mutation RecordClueFinding($sourceKey: String!, $onBehalfOf: String!, $finding: LetterFinding!, $regulator: String!, $note: String) {
  recordClueFinding(sourceKey: $sourceKey, onBehalfOf: $onBehalfOf, finding: $finding, regulator: $regulator, note: $note) { id status }
}`;

export interface RecordClueFinding {
  operation: 'recordClueFinding';
  sourceKey: string;
  onBehalfOf: string;
  finding: LetterFinding;
  /** The industry regulator that found it (the letter's recipient). */
  regulator: string;
  note: string | null;
}
