import { whereRegionCovered } from '../../kit/data/whereRegionCovered';
import { forbidden, inRegionScope, requireRole } from '../../kit/identity/authorize';
import { recordsRoles } from '../access/recordsRoles';
import { LedgerEntryEntity } from '../entities/LedgerEntryEntity';
import { LedgerReportEntity } from '../entities/LedgerReportEntity';
import type { QueryResolvers } from '../generated/resolversTypes';
import { ledgerPeriodEnd } from '../inputs/ledgerPeriod';
import { ledgerReportDueAt } from './ledgerReportDue';
import { expectedReporters, regionName } from './reportingRegions';

/**
 * `missingLedgerReports`: the regions under the asked one (the provinces nationally) that have
 * ledger entries at or below them by the period's end and no report (of any version) for the
 * period. Two statements, whatever the number of regions.
 */
export const missingLedgerReports: NonNullable<QueryResolvers['missingLedgerReports']> = async (_parent, args, context) => {
  const { dataSource, identity, now } = context;
  requireRole(identity, recordsRoles.readLedgerReports, 'read which regions have not reported');
  const region = args.region ?? (identity.role === 'LEAD_UNIT' ? identity.region ?? null : null);
  if (region && !inRegionScope(identity, region)) throw forbidden(`${region} is outside the region of this ${identity.role} (${identity.region})`);
  const periodEnd = ledgerPeriodEnd(args.period, now());
  const dueAt = ledgerReportDueAt(args.period, context);

  const entriesQuery = dataSource
    .getRepository(LedgerEntryEntity)
    .createQueryBuilder('e')
    .select('e.region', 'region')
    .addSelect('COUNT(*)', 'count')
    .where('e.addedAt < :periodEnd', { periodEnd })
    .groupBy('e.region');
  if (region) whereRegionCovered(entriesQuery, 'region', region);
  const entries: { region: string; count: string | number }[] = await entriesQuery.getRawMany();
  const expected = expectedReporters(entries.map((row) => ({ region: row.region, count: Number(row.count) })), region);
  if (!expected.size) return [];

  const reported: { region: string }[] = await dataSource
    .getRepository(LedgerReportEntity)
    .createQueryBuilder('e')
    .select('DISTINCT e.region', 'region')
    .where('e.period = :period', { period: args.period })
    .andWhere('e.region IN (:...regions)', { regions: [...expected.keys()] })
    .getRawMany();
  const done = new Set(reported.map((row) => row.region));
  const overdue = now() > dueAt;
  return [...expected]
    .filter(([reporter]) => !done.has(reporter))
    .map(([reporter, entryCount]) => ({ region: reporter, regionName: regionName(reporter), entryCount, dueAt, overdue }));
};

