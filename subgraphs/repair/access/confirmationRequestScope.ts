import { whereRegionCovered } from '../../kit/data/whereRegionCovered';
import type { Identity } from '../../kit/identity/identity';
import type { Filter } from '../../kit/loaders/createCountLoader';
import type { ConfirmationRequestEntity } from '../entities/ConfirmationRequestEntity';

/** A court's own requests (alias `e`): those to a court, by its code. */
export function addressedToCourt(court: string, parameter = 'scopeCourt'): Filter<ConfirmationRequestEntity> {
  return (query) => query.andWhere(`e.authorityKind = :${parameter}Kind AND e.authority = :${parameter}`, { [parameter]: court, [`${parameter}Kind`]: 'COURT' });
}

/**
 * The confirmation requests (alias `e`) of a case `identity` may read that it sees: a court only
 * those addressed to it; everyone else who may read the case, all of them.
 */
export function confirmationRequestScope(identity: Identity): Filter<ConfirmationRequestEntity> | undefined {
  if (identity.role !== 'COURT') return undefined;
  return addressedToCourt(identity.court ?? '');
}

/**
 * The confirmation requests (alias `e`) `identity` may list on their own (overdue requests), by
 * what each request stores: the national regulator all; a lead unit those of cases its region
 * covers; a court those addressed to it; an institution those of its own cases.
 */
export function confirmationRequestListScope(identity: Identity): Filter<ConfirmationRequestEntity> | undefined {
  switch (identity.role) {
    case 'NATIONAL_REGULATOR':
      return undefined;
    case 'LEAD_UNIT':
      return (query) => whereRegionCovered(query, 'region', identity.region ?? '', 'scopeRegion');
    case 'COURT':
      return addressedToCourt(identity.court ?? '');
    case 'INSTITUTION':
      return (query) => query.andWhere('e.uscc = :scopeUscc', { scopeUscc: identity.uscc ?? '' });
    default:
      return (query) => query.andWhere('1 = 0');
  }
}
