import { conflict, notFound } from '../../kit/errors';
import { coversOrIsSubject } from '../../kit/identity/coversOrIsSubject';
import type { Identity } from '../../kit/identity/identity';
import type { GatewayClient } from '../../kit/services/createGatewayClient';
import type { RecordKind } from '../generated/resolversTypes';
import { fetchRecordFacts } from './fetchRecordFacts';

/** What a repair case takes from its record: whose record it is, the handling authority's region, the kind. */
export interface RepairableRecord {
  uscc: string;
  region: string;
  recordKind: RecordKind;
}

const NOTHING_TO_REPAIR: Readonly<Record<string, string>> = {
  EXPIRED: 'is no longer published (EXPIRED): there is nothing to repair',
  REVOKED: 'was revoked (REVOKED): a revoked record is deleted, not repaired',
  REFUTED: 'is a clue found untrue (REFUTED): a refuted record has nothing to repair',
};

/** CONFLICT unless the record is still ACTIVE: only a published record can be repaired. */
export function requireActive(recordId: number, status: string): void {
  if (status === 'ACTIVE') return;
  throw conflict(`dishonesty record ${recordId} ${NOTHING_TO_REPAIR[status] ?? `is ${status}, not ACTIVE`}`);
}

/**
 * Reads the record from records as the repair service: NOT_FOUND when it does not exist or is not
 * the applicant's to repair (a lead unit's region does not cover it, it is not the institution's
 * own; the two look the same); CONFLICT when there is nothing a market entity could repair (a clue
 * naming no USCC, any impersonation clue, a record no longer ACTIVE).
 */
export async function fetchRepairableRecord(gateway: GatewayClient, recordId: number, applicant: Identity): Promise<RepairableRecord> {
  const facts = await fetchRecordFacts(gateway, recordId);
  if (facts === null || !coversOrIsSubject(applicant, facts)) throw notFound(`dishonesty record ${recordId}`);
  if (facts.uscc === null) {
    throw conflict(`dishonesty record ${recordId} (${facts.kind}) names no market entity by USCC: there is no entity's credit to repair`);
  }
  if (facts.kind === 'IMPERSONATION_CLUE') {
    throw conflict(`dishonesty record ${recordId} is an IMPERSONATION_CLUE: a clue is not repaired, it is verified or refuted by the industry regulator`);
  }
  requireActive(recordId, facts.status);
  return { uscc: facts.uscc, region: facts.region, recordKind: facts.kind };
}
