import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Identity } from '../../kit/identity/identity';
import { createConnectionLoaderFamily, createFilteredEntityLoader } from '../../kit/loaders';
import { LedgerReportEntity } from '../entities/LedgerReportEntity';
import { LedgerReportRowEntity } from '../entities/LedgerReportRowEntity';
import { whereReportInScope } from './reportScope';

/** A region's reports of one period, by `region/period`. */
export const reportSeriesKey = ({ region, period }: { region: string; period: string }) => `${region}/${period}`;

/** The loaders of the monthly reports for one request (merged into records' loaders). */
export function createLedgerReportLoaders(dataSource: DataSource, identity: Identity) {
  const reports = dataSource.getRepository(LedgerReportEntity);
  return {
    ledgerReportById: createFilteredEntityLoader(reports, (query) => whereReportInScope(query, identity)),
    /** A report's rows in ledger order (by id, as they were inserted in serial order). */
    ledgerReportRows: createConnectionLoaderFamily({ repository: dataSource.getRepository(LedgerReportRowEntity), column: 'reportId', order: 'ASC' }),
    /** The latest version of each region's report for a period: one grouped query per batch. */
    latestReportVersion: new DataLoader<string, number>(async (keys) => {
      const pairs = keys.map((key) => key.split('/'));
      const rows: { region: string; period: string; version: string | number }[] = await reports
        .createQueryBuilder('e')
        .select('e.region', 'region')
        .addSelect('e.period', 'period')
        .addSelect('MAX(e.version)', 'version')
        .where('e.region IN (:...regions)', { regions: [...new Set(pairs.map(([region]) => region))] })
        .andWhere('e.period IN (:...periods)', { periods: [...new Set(pairs.map(([, period]) => period))] })
        .groupBy('e.region')
        .addGroupBy('e.period')
        .getRawMany();
      const latest = new Map(rows.map((row) => [reportSeriesKey(row), Number(row.version)]));
      return keys.map((key) => latest.get(key) ?? 0);
    }),
  };
}
