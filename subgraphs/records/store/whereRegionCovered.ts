import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { regionPattern } from '../../kit/scalars/regionCode';

/** Keeps the rows (alias `e`) whose region `scope` covers, cut by level (DESIGN §2). */
export function whereRegionCovered<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, scope: string, parameter = 'region'): void {
  const pattern = regionPattern(scope);
  if ('like' in pattern) query.andWhere(`e.region LIKE :${parameter}`, { [parameter]: pattern.like });
  else query.andWhere(`e.region = :${parameter}`, { [parameter]: pattern.equals });
}
