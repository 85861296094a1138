import type { ApolloServer } from '@apollo/server';
import { MAX_PAGE_SIZE } from '../../subgraphs/kit/pagination/connection';
import type { GatewayContext } from '../auth/gatewayContext';
import { ExportRefusal } from './ExportRefusal';
import { executeAsCaller } from './executeAsCaller';

const CURRENT_REPORTS = `query LedgerExportCurrentReport($region: RegionCode!, $period: String!, $first: Int!, $after: String) {
  ledgerReports(region: $region, period: $period, first: $first, after: $after) { nodes { id region } pageInfo { hasNextPage endCursor } }
}`;

interface CurrentReportsPage {
  ledgerReports: { nodes: { id: string; region: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

/**
 * The id of the region's current submitted report for the period, read as the caller (the
 * reports of the regions below it are skipped). 404 NOT_FOUND naming region and period when it
 * submitted none: a past month's facts of the other agencies are only kept in a report.
 */
export async function findCurrentReportId(server: ApolloServer<GatewayContext>, context: GatewayContext, region: string, period: string): Promise<string> {
  let after: string | null = null;
  for (;;) {
    const page: CurrentReportsPage = await executeAsCaller<CurrentReportsPage>(server, context, CURRENT_REPORTS, { region, period, first: MAX_PAGE_SIZE, after });
    const own = page.ledgerReports.nodes.find((report) => report.region === region);
    if (own) return own.id;
    if (!page.ledgerReports.pageInfo.hasNextPage || !page.ledgerReports.pageInfo.endCursor) {
      throw new ExportRefusal(404, 'NOT_FOUND', `no monthly ledger report of region ${region} for ${period} was submitted: a past month is exported from its submitted report (submitLedgerReport), or export the ledger now without period`);
    }
    after = page.ledgerReports.pageInfo.endCursor;
  }
}
