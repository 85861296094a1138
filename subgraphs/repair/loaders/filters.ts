import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Filter } from '../../kit/loaders/createCountLoader';
import { regionPattern } from '../../kit/scalars/regionCode';
import type { RepairStatus } from '../generated/resolversTypes';

/** A case that still waits for a decision. */
export const OPEN_STATUSES: readonly RepairStatus[] = ['APPLIED', 'AWAITING_CONFIRMATION'];

/** Rows whose `status` is one of `statuses`; no filter for an empty list. */
export function statusIn<T extends ObjectLiteral & { status: string }>(statuses: readonly string[]): Filter<T> | undefined {
  if (!statuses.length) return undefined;
  return (query) => query.andWhere('e.status IN (:...statuses)', { statuses: [...statuses] });
}

/** Rows whose `region` the scope covers, cut by level. */
export function inRegion<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, scope: string): void {
  const pattern = regionPattern(scope);
  if ('like' in pattern) query.andWhere('e.region LIKE :region', { region: pattern.like });
  else query.andWhere('e.region = :region', { region: pattern.equals });
}
