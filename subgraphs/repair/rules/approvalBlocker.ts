import type { ConfirmationRequestEntity } from '../entities/ConfirmationRequestEntity';
import type { RepairDocumentEntity } from '../entities/RepairDocumentEntity';
import type { RecordKind } from '../generated/resolversTypes';
import { missingDocuments } from './requiredDocuments';

type Request = Pick<ConfirmationRequestEntity, 'id' | 'kind' | 'status' | 'authority'>;

/** What repairs a list entry: the court deletes a dishonest-debtor entry once obligations are fulfilled or a settlement performed (法释〔2017〕7号 第十条). */
const REPAIRS_LIST_ENTRY = ['OBLIGATIONS_FULFILLED', 'SETTLEMENT_PERFORMED'] as const;

const describe = (request: Request) => `request ${request.id} (${request.kind} to ${request.authority})`;

/**
 * Why a case of a `kind` record cannot be approved with these documents and confirmation requests
 * (null when it can), DESIGN.md §6:
 * - while a request is PENDING the answer could still contradict the decision: wait for it;
 * - the documents the kind needs (commitment letter; proof of correction but for a list entry);
 * - a list entry: a CONFIRMED OBLIGATIONS_FULFILLED or SETTLEMENT_PERFORMED. A settlement merely
 *   reached is kept as a fact (the ledger exit counts it) but does not repair the entry;
 * - any other kind: the latest answer on OBLIGATIONS_FULFILLED, if one was asked, is not DENIED
 *   (the authority contradicted the proof given).
 */
export function approvalBlocker(kind: RecordKind, documents: readonly Pick<RepairDocumentEntity, 'kind'>[], requests: readonly Request[]): string | null {
  const pending = requests.filter((request) => request.status === 'PENDING');
  if (pending.length) return `${pending.map(describe).join(', ')} still PENDING: wait for the answer (or reject the application)`;
  const missing = missingDocuments(kind, documents);
  if (missing.length) return `a repair of a ${kind} record needs ${missing.join(' and ')}, and the case has none`;
  if (kind === 'SERIOUS_DISHONESTY_LIST') {
    const repairs = requests.some((request) => request.status === 'CONFIRMED' && REPAIRS_LIST_ENTRY.some((k) => k === request.kind));
    if (repairs) return null;
    const reachedOnly = requests.some((request) => request.status === 'CONFIRMED' && request.kind === 'SETTLEMENT_REACHED');
    return reachedOnly
      ? 'a settlement confirmed as reached (SETTLEMENT_REACHED) does not repair a list entry: its performance (SETTLEMENT_PERFORMED) or the obligations fulfilled (OBLIGATIONS_FULFILLED) must be CONFIRMED'
      : 'a list entry is repaired only on a CONFIRMED OBLIGATIONS_FULFILLED or SETTLEMENT_PERFORMED: request confirmation from the court or the listing authority';
  }
  const latestOnObligations = [...requests].reverse().find((request) => request.kind === 'OBLIGATIONS_FULFILLED');
  if (latestOnObligations?.status === 'DENIED') return `${describe(latestOnObligations)} was DENIED: the obligations are not shown fulfilled`;
  return null;
}
