import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { whereRegionCovered } from '../../kit/data/whereRegionCovered';
import type { Identity } from '../../kit/identity/identity';

/**
 * The rows of records (records, interviews, ledger entries) a caller may see, from the region and
 * USCC each row stores (docs/authorization.md, records): everything (the national regulator, a
 * service reading facts), a region cut by level (a lead unit), one entity's own (an institution),
 * or nothing (every other role, which is refused before any row is read).
 */
export type RecordsScope =
  | { kind: 'everywhere' }
  | { kind: 'region'; region: string }
  | { kind: 'own'; uscc: string }
  | { kind: 'nothing' };

export function recordsScopeOf(identity: Identity): RecordsScope {
  switch (identity.role) {
    case 'NATIONAL_REGULATOR':
    case 'SERVICE':
      return { kind: 'everywhere' };
    case 'LEAD_UNIT':
      return identity.region ? { kind: 'region', region: identity.region } : { kind: 'nothing' };
    case 'INSTITUTION':
      return identity.uscc ? { kind: 'own', uscc: identity.uscc } : { kind: 'nothing' };
    default:
      return { kind: 'nothing' };
  }
}

/** Keeps the rows (alias `e`, columns `region` and `uscc`) inside the scope, in SQL. */
export function whereInRecordsScope<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, scope: RecordsScope): void {
  switch (scope.kind) {
    case 'everywhere':
      return;
    case 'region':
      whereRegionCovered(query, 'region', scope.region, 'scopeRegion');
      return;
    case 'own':
      query.andWhere('e.uscc = :scopeUscc', { scopeUscc: scope.uscc });
      return;
    default:
      query.andWhere('1 = 0');
  }
}
