import type { Identity } from '../../kit/identity/identity';
import type { Filter } from '../../kit/loaders/createCountLoader';
import type { ConfirmationRequestEntity } from '../entities/ConfirmationRequestEntity';

/**
 * The confirmation requests (alias `e`) of a case `identity` may read that it sees: a court only
 * those addressed to it; everyone else who may read the case, all of them.
 */
export function confirmationRequestScope(identity: Identity): Filter<ConfirmationRequestEntity> | undefined {
  if (identity.role !== 'COURT') return undefined;
  return (query) => query.andWhere('e.authority = :scopeCourt', { scopeCourt: identity.court ?? '' });
}
