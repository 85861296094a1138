import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { regionPattern } from '../scalars/regionCode';

/**
 * Keeps the rows (alias `e`) whose region in `column` the region `scope` covers, cut by level
 * (DESIGN.md §2). `parameter` names the bound value, so that two such conditions can share a query.
 */
export function whereRegionCovered<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  column: string,
  scope: string,
  parameter = column,
): void {
  const pattern = regionPattern(scope);
  if ('like' in pattern) query.andWhere(`e.${column} LIKE :${parameter}`, { [parameter]: pattern.like });
  else query.andWhere(`e.${column} = :${parameter}`, { [parameter]: pattern.equals });
}
