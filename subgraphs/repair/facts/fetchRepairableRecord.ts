import { conflict, notFound } from '../../kit/errors';
import { coversOrIsSubject } from '../../kit/identity/coversOrIsSubject';
import type { Identity } from '../../kit/identity/identity';
import type { GatewayClient } from '../../kit/services/createGatewayClient';

const RECORD_FACTS = `query RepairRecordFacts($id: ID!) {
  dishonestyRecord(id: $id) { id region status kind subject { uscc } }
}`;

interface RecordFacts {
  region: string;
  status: string;
  kind: string;
  /** Null for a clue that names no market entity (a person, a website, a chat account). */
  uscc: string | null;
}

/** What a repair case takes from its record: whose record it is, and the handling authority's region. */
export interface RepairableRecord {
  uscc: string;
  region: string;
}

const NOTHING_TO_REPAIR: Readonly<Record<string, string>> = {
  REVOKED: 'was revoked: a revoked record is deleted, not repaired',
  REFUTED: 'is a clue found untrue (refuted): there is nothing to repair',
};

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
  return {
    region: text(record.region, 'region'),
    status: text(record.status, 'status'),
    kind: text(record.kind, 'kind'),
    uscc: subjectUscc(record.subject),
  };
}

/**
 * Reads the record from its owner, `records`, through the gateway (DESIGN.md §3 rule 5), as the
 * repair service: NOT_FOUND when it does not exist or is not the applicant's to repair (a lead
 * unit's region does not cover it, it is not the institution's own; the two look the same);
 * CONFLICT when there is nothing a market entity could repair (a clue naming no USCC, a revoked
 * record, a refuted clue).
 */
export async function fetchRepairableRecord(gateway: GatewayClient, recordId: number, applicant: Identity): Promise<RepairableRecord> {
  const facts = await gateway.query({ agency: 'records', query: RECORD_FACTS, variables: { id: String(recordId) }, read: readRecordFacts });
  if (facts === null || !coversOrIsSubject(applicant, facts)) throw notFound(`dishonesty record ${recordId}`);
  if (facts.uscc === null) {
    throw conflict(`dishonesty record ${recordId} (${facts.kind}) names no market entity by USCC: there is no entity's credit to repair`);
  }
  const nothingToRepair = NOTHING_TO_REPAIR[facts.status];
  if (nothingToRepair) throw conflict(`dishonesty record ${recordId} ${nothingToRepair}`);
  return { uscc: facts.uscc, region: facts.region };
}
