import type { GatewayClient } from '../../kit/services/createGatewayClient';
import type { ExitCriterionCode } from '../generated/resolversTypes';

const EXIT_CHECK = `query LedgerExitCheck($id: ID!) {
  ledgerEntry(id: $id) { exitCheck { allowed criteria { code met description record { id } } } }
}`;

/** A criterion as the gateway answered it. */
export interface CheckedCriterion {
  code: ExitCriterionCode;
  recordId: string | null;
  met: boolean;
  description: string;
}

export interface CheckedExit {
  allowed: boolean;
  criteria: CheckedCriterion[];
}

const CODES: readonly ExitCriterionCode[] = ['PENALTY_REPAIRED', 'LIST_OBLIGATIONS_MET', 'COMMITMENT_PUBLISHED', 'CLUES_SENT_ON', 'NOT_EXCLUDED'];
const isCode = (value: unknown): value is ExitCriterionCode => CODES.some((code) => code === value);
const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

function recordIdOf(record: unknown): string | null {
  if (record === null) return null;
  if (isObject(record) && 'id' in record && typeof record.id === 'string') return record.id;
  throw new Error("a criterion's record has no id");
}

function readCriterion(value: unknown): CheckedCriterion {
  if (!isObject(value) || !('code' in value && 'met' in value && 'description' in value && 'record' in value)) throw new Error('a criterion lacks the fields asked for');
  const { code, met, description, record } = value;
  if (!isCode(code) || typeof met !== 'boolean' || typeof description !== 'string') throw new Error('a criterion has fields of another type');
  return { code, met, description, recordId: recordIdOf(record) };
}

function readExitCheck(data: unknown): CheckedExit | null {
  if (!isObject(data) || !('ledgerEntry' in data)) throw new Error('no ledgerEntry in the answer');
  const entry = data.ledgerEntry;
  if (entry === null) return null;
  if (!isObject(entry) || !('exitCheck' in entry) || !isObject(entry.exitCheck)) throw new Error('ledgerEntry has no exitCheck');
  const check = entry.exitCheck;
  if (!('allowed' in check && 'criteria' in check) || typeof check.allowed !== 'boolean' || !Array.isArray(check.criteria)) throw new Error('exitCheck lacks allowed or criteria');
  return { allowed: check.allowed, criteria: check.criteria.map(readCriterion) };
}

/**
 * The entry's exit check as the supergraph computes it now, asked of the gateway as the records
 * service (DESIGN.md §3 rule 5): the hub facts come from their owners at this moment, never from
 * the client. Null when the entry is unknown; SERVICE_UNAVAILABLE when an agency cannot answer.
 */
export function fetchExitCheck(gateway: GatewayClient, entryId: number): Promise<CheckedExit | null> {
  return gateway.query({ agency: 'the agencies of the ledger', query: EXIT_CHECK, variables: { id: String(entryId) }, read: readExitCheck });
}
