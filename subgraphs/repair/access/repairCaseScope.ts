import { whereRegionCovered } from '../../kit/data/whereRegionCovered';
import type { Identity } from '../../kit/identity/identity';
import type { Filter } from '../../kit/loaders/createCountLoader';
import { ConfirmationRequestEntity } from '../entities/ConfirmationRequestEntity';
import type { RepairCaseEntity } from '../entities/RepairCaseEntity';

/**
 * The repair cases (alias `e`) `identity` may read, as a condition pushed into SQL; undefined
 * where it reads them all (the national regulator, a service). A lead unit: the cases its region
 * covers; an institution: its own; a court: those with a confirmation request addressed to it.
 * A role that may read none (checked before, with FORBIDDEN) matches nothing here too.
 */
export function repairCaseScope(identity: Identity): Filter<RepairCaseEntity> | undefined {
  switch (identity.role) {
    case 'NATIONAL_REGULATOR':
    case 'SERVICE':
      return undefined;
    case 'LEAD_UNIT':
      return (query) => whereRegionCovered(query, 'region', identity.region ?? '', 'scopeRegion');
    case 'INSTITUTION':
      return (query) => query.andWhere('e.uscc = :scopeUscc', { scopeUscc: identity.uscc ?? '' });
    case 'COURT':
      return (query) => {
        const addressed = query
          .subQuery()
          .select('1')
          .from(ConfirmationRequestEntity, 'r')
          .where('r.repairCaseId = e.id')
          .andWhere('r.authorityKind = :scopeCourtKind')
          .andWhere('r.authority = :scopeCourt')
          .getQuery();
        query.andWhere(`EXISTS ${addressed}`, { scopeCourt: identity.court ?? '', scopeCourtKind: 'COURT' });
      };
    default:
      return (query) => query.andWhere('1 = 0');
  }
}
