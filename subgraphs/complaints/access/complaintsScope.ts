import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { whereRegionCovered } from '../../kit/data/whereRegionCovered';
import type { Identity } from '../../kit/identity/identity';

/** A condition on the rows (alias `e`) of a query. */
export type ScopeCondition = <T extends ObjectLiteral>(query: SelectQueryBuilder<T>) => void;

/**
 * The rows of each of complaints' tables a caller may see, from what each row stores
 * (docs/authorization.md, complaints), as conditions pushed into SQL so that lists and counts
 * hold only those rows and a row out of scope reads exactly as a missing one.
 */
export interface ComplaintsScope {
  /** Complaints: all (national regulator), the lead unit's region, or none. */
  complaints: ScopeCondition;
  /**
   * Impersonation clues: all (national regulator, a service reading facts), the lead unit's region,
   * an institution's own (only `allCluesSentOn` reads them for it), or none.
   */
  clues: ScopeCondition;
  /**
   * Warning letters: all (national regulator), those issued in the lead unit's region, those
   * addressed to the industry regulator (recipient's region inside its region, same sector), or none.
   */
  letters: ScopeCondition;
}

const everything: ScopeCondition = () => undefined;

const nothing: ScopeCondition = (query) => {
  query.andWhere('1 = 0');
};

const inRegion =
  (column: string, region: string): ScopeCondition =>
  (query) =>
    whereRegionCovered(query, column, region, `scope_${column}`);

export function complaintsScopeOf(identity: Identity): ComplaintsScope {
  const { role, region, sector } = identity;
  switch (role) {
    case 'NATIONAL_REGULATOR':
      return { complaints: everything, clues: everything, letters: everything };
    case 'SERVICE':
      return { complaints: nothing, clues: everything, letters: nothing };
    case 'LEAD_UNIT':
      return region ? { complaints: inRegion('region', region), clues: inRegion('region', region), letters: inRegion('region', region) } : { complaints: nothing, clues: nothing, letters: nothing };
    case 'INSTITUTION':
      return {
        complaints: nothing,
        clues: identity.uscc ? (query) => query.andWhere('e.uscc = :scope_uscc', { scope_uscc: identity.uscc }) : nothing,
        letters: nothing,
      };
    case 'INDUSTRY_REGULATOR':
      return {
        complaints: nothing,
        clues: nothing,
        letters:
          region && sector
            ? (query) => {
                inRegion('recipientRegion', region)(query);
                query.andWhere('e.sector = :scope_sector', { scope_sector: sector });
              }
            : nothing,
      };
    default:
      return { complaints: nothing, clues: nothing, letters: nothing };
  }
}
