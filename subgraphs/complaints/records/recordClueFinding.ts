import type { GatewayClient } from '../../kit/services/createGatewayClient';
import type { LetterFinding } from '../generated/resolversTypes';
import { readRecordAnswer, type CollectedRecord } from './readRecordAnswer';

const FINDING = `mutation RecordClueFinding($sourceKey: String!, $onBehalfOf: String!, $finding: LetterFinding!, $regulator: String!, $note: String) {
  recordClueFinding(sourceKey: $sourceKey, onBehalfOf: $onBehalfOf, finding: $finding, regulator: $regulator, note: $note) { id status }
}`;

export interface ClueFinding {
  finding: LetterFinding;
  /** The industry regulator that found it (the letter's recipient). */
  regulator: string;
  note: string | null;
}

/** Puts the regulator's finding on a collected clue into its record (UNFOUNDED → REFUTED there); idempotent in records. */
export function recordClueFinding(gateway: GatewayClient, sourceKey: string, onBehalfOf: string, { finding, regulator, note }: ClueFinding): Promise<CollectedRecord> {
  return gateway.query({ agency: 'records', query: FINDING, variables: { sourceKey, onBehalfOf, finding, regulator, note }, read: readRecordAnswer('recordClueFinding') });
}
