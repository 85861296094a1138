import { whereRegionCovered } from '../../kit/data/whereRegionCovered';
import { forbidden, inRegionScope, requireRole } from '../../kit/identity/authorize';
import { loadByExposedId } from '../../kit/loaders/rowId';
import { findPage, toPage } from '../../kit/pagination';
import { recordsRoles } from '../access/recordsRoles';
import { LedgerReportEntity } from '../entities/LedgerReportEntity';
import type { QueryResolvers } from '../generated/resolversTypes';
import { ledgerPeriodEnd } from '../inputs/ledgerPeriod';
import { whereCurrentVersion, whereReportInScope } from './reportScope';

/** `ledgerReports`: newest first, cut to the caller's region and to the arguments in SQL. */
export const ledgerReports: NonNullable<QueryResolvers['ledgerReports']> = (_parent, { region, period, allVersions, first, after }, { dataSource, identity, now }) => {
  requireRole(identity, recordsRoles.readLedgerReports, 'read ledger reports');
  if (region && !inRegionScope(identity, region)) throw forbidden(`the reports of ${region} are outside the region of this ${identity.role} (${identity.region})`);
  if (period) ledgerPeriodEnd(period, now());
  return findPage(dataSource.getRepository(LedgerReportEntity), toPage({ first, after }), 'DESC', (query) => {
    whereReportInScope(query, identity);
    if (region) whereRegionCovered(query, 'region', region);
    if (period) query.andWhere('e.period = :period', { period });
    if (!allVersions) whereCurrentVersion(query);
  });
};

/** `ledgerReport(id)`: null when unknown or outside the caller's region. */
export const ledgerReport: NonNullable<QueryResolvers['ledgerReport']> = (_parent, { id }, { loaders, identity }) => {
  requireRole(identity, recordsRoles.readLedgerReports, 'read ledger reports');
  return loadByExposedId(loaders.ledgerReportById, id);
};
