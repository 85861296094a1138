import type { Severity } from '../generated/resolversTypes';

/** records' mutation for a fact complaints decided (DESIGN.md §6), idempotent on sourceKey. */
export const COLLECT_AGENCY_RECORD = `mutation CollectAgencyRecord($sourceKey: String!, $onBehalfOf: String!, $input: RecordDishonestyInput!) {
  collectAgencyRecord(sourceKey: $sourceKey, onBehalfOf: $onBehalfOf, input: $input) { id status }
}`;

/** records' RecordDishonestyInput, as complaints fills it. */
export interface AgencyRecordInput {
  subjectUscc: string | null;
  subjectName: string;
  subjectIdentifiers: string[];
  region: string;
  kind: 'IMPERSONATION_CLUE' | 'FALSE_DISCLOSURE' | 'COMMITMENT_BREACH';
  severity?: Severity;
  authority: string;
  documentNumber?: string | null;
  /** YYYY-MM-DD (Asia/Shanghai). */
  decidedAt: string;
  summary: string;
}

export interface CollectAgencyRecord {
  operation: 'collectAgencyRecord';
  sourceKey: string;
  onBehalfOf: string;
  input: AgencyRecordInput;
}
