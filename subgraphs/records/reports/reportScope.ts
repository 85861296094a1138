import type { SelectQueryBuilder } from 'typeorm';
import { whereRegionCovered } from '../../kit/data/whereRegionCovered';
import type { Identity } from '../../kit/identity/identity';
import type { LedgerReportEntity } from '../entities/LedgerReportEntity';

/**
 * Keeps the reports (alias `e`) the caller may read: the national regulator every report, a lead
 * unit those of its region and below (cut by level), every other role none (they are refused
 * before any row is read).
 */
export function whereReportInScope(query: SelectQueryBuilder<LedgerReportEntity>, identity: Identity): void {
  if (identity.role === 'NATIONAL_REGULATOR') return;
  if (identity.role === 'LEAD_UNIT' && identity.region) whereRegionCovered(query, 'region', identity.region, 'scopeRegion');
  else query.andWhere('1 = 0');
}

/** Keeps only the current versions: no later version of the same region and period exists. */
export function whereCurrentVersion(query: SelectQueryBuilder<LedgerReportEntity>): void {
  query.andWhere(
    'NOT EXISTS (SELECT 1 FROM ledger_report later WHERE later.region = e.region AND later.period = e.period AND later.version > e.version)',
  );
}
