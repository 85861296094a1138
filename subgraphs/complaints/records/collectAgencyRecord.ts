import type { GatewayClient } from '../../kit/services/createGatewayClient';
import type { Severity } from '../generated/resolversTypes';
import { readRecordAnswer, type CollectedRecord } from './readRecordAnswer';

const COLLECT = `mutation CollectAgencyRecord($sourceKey: String!, $onBehalfOf: String!, $input: RecordDishonestyInput!) {
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

/**
 * Puts a fact complaints decided into records (DESIGN.md §6), through the gateway as the
 * complaints service. records is idempotent on sourceKey, so a caller calls this before
 * committing its own transaction: a failure leaves complaints unchanged and a retry completes it.
 */
export function collectAgencyRecord(gateway: GatewayClient, sourceKey: string, onBehalfOf: string, input: AgencyRecordInput): Promise<CollectedRecord> {
  return gateway.query({ agency: 'records', query: COLLECT, variables: { sourceKey, onBehalfOf, input }, read: readRecordAnswer('collectAgencyRecord') });
}
