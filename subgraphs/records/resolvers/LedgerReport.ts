import type { LedgerReportResolvers } from '../generated/resolversTypes';
import { regionName } from '../reports/reportingRegions';
import { reportSeriesKey } from '../reports/createLedgerReportLoaders';

/** A report reaches these resolvers only when its caller may read it (reportScope.ts). */
export const LedgerReport: LedgerReportResolvers = {
  id: ({ id }) => String(id),
  regionName: ({ region }) => regionName(region),
  current: async (report, _args, { loaders }) => (await loaders.latestReportVersion.load(reportSeriesKey(report))) === report.version,
  late: ({ late }) => Boolean(late),
  rows: ({ id }, args, { loaders }) => loaders.ledgerReportRows.forArgs(args).load(String(id)),
};
