import { forbidden, inRegionScope } from '../../kit/identity/authorize';
import type { Identity } from '../../kit/identity/identity';
import type { ConfirmationRequestEntity } from '../entities/ConfirmationRequestEntity';

/**
 * Whether `identity` reaches `request` to answer it (false: NOT_FOUND, as if it did not exist):
 * a court the requests addressed to it; the lead unit the requests of cases its region covers; the
 * national regulator all. FORBIDDEN for the deciding authority answering a court's request: only
 * the court answers for itself (it reaches the request, so refusing it hides nothing).
 */
export function answersRequest(identity: Identity, request: ConfirmationRequestEntity): boolean {
  if (identity.role === 'COURT') return request.authorityKind === 'COURT' && request.authority === identity.court;
  if (!inRegionScope(identity, request.region)) return false;
  if (request.authorityKind === 'COURT') throw forbidden(`only the court ${request.authority} answers request ${request.id} addressed to it`);
  return true;
}
