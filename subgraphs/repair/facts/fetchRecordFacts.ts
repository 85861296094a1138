import type { GatewayClient } from '../../kit/services/createGatewayClient';
import type { RecordKind } from '../generated/resolversTypes';

const RECORD_FACTS = `query RepairRecordFacts($id: ID!) {
  dishonestyRecord(id: $id) { id region status kind subject { uscc } }
}`;

/** What repair needs to know of a dishonesty record, as its owner (records) has it now. */
export interface RecordFacts {
  region: string;
  status: string;
  kind: RecordKind;
  /** Null for a clue that names no market entity (a person, a website, a chat account). */
  uscc: string | null;
}

const RECORD_KINDS: readonly RecordKind[] = ['SERIOUS_DISHONESTY_LIST', 'ADMINISTRATIVE_PENALTY', 'IMPERSONATION_CLUE', 'FALSE_DISCLOSURE', 'COMMITMENT_BREACH'];
const isRecordKind = (value: string): value is RecordKind => RECORD_KINDS.some((kind) => kind === value);

function text(value: unknown, field: string): string {
  if (typeof value !== 'string') throw new Error(`dishonestyRecord.${field} is not a string`);
  return value;
}

function subjectUscc(subject: unknown): string | null {
  if (subject === null) return null;
  if (typeof subject !== 'object' || !('uscc' in subject)) throw new Error('dishonestyRecord.subject has no uscc');
  return text(subject.uscc, 'subject.uscc');
}

function readRecordFacts(data: unknown): RecordFacts | null {
  if (typeof data !== 'object' || data === null || !('dishonestyRecord' in data)) throw new Error('no dishonestyRecord in the answer');
  const record = data.dishonestyRecord;
  if (record === null) return null;
  if (typeof record !== 'object' || !('region' in record && 'status' in record && 'kind' in record && 'subject' in record)) {
    throw new Error('dishonestyRecord lacks the fields asked for');
  }
  const kind = text(record.kind, 'kind');
  if (!isRecordKind(kind)) throw new Error(`dishonestyRecord.kind ${kind} is not a kind repair knows`);
  return { region: text(record.region, 'region'), status: text(record.status, 'status'), kind, uscc: subjectUscc(record.subject) };
}

/**
 * Reads a record from its owner, `records`, through the gateway as the repair service (DESIGN.md
 * §3 rule 5): null when records does not know it; SERVICE_UNAVAILABLE when records cannot answer.
 */
export function fetchRecordFacts(gateway: GatewayClient, recordId: number): Promise<RecordFacts | null> {
  return gateway.query({ agency: 'records', query: RECORD_FACTS, variables: { id: String(recordId) }, read: readRecordFacts });
}
