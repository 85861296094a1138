import type { ApolloServer } from '@apollo/server';
import { MAX_PAGE_SIZE } from '../../subgraphs/kit/pagination/connection';
import { ANNEX1_REPORT_QUERY, type Annex1ReportPage, type Annex1Row } from '../../subgraphs/kit/ledger';
import type { GatewayContext } from '../auth/gatewayContext';
import { ExportRefusal } from './ExportRefusal';
import { executeAsCaller } from './executeAsCaller';

export interface Annex1Report {
  region: string;
  period: string;
  version: number;
  submittedAt: string;
  rows: Annex1Row[];
}

/**
 * A submitted monthly report with all its rows, read page by page as the caller. A report that
 * is unknown or outside the caller's region is answered null by records, so 404 NOT_FOUND here
 * for both (a refusal does not tell which).
 */
export async function fetchAnnex1Report(server: ApolloServer<GatewayContext>, context: GatewayContext, id: string): Promise<Annex1Report> {
  const rows: Annex1Row[] = [];
  let after: string | null = null;
  for (;;) {
    const page: Annex1ReportPage = await executeAsCaller<Annex1ReportPage>(server, context, ANNEX1_REPORT_QUERY, { id, first: MAX_PAGE_SIZE, after });
    const report = page.ledgerReport;
    if (!report) throw new ExportRefusal(404, 'NOT_FOUND', `ledger report ${id} not found`);
    rows.push(...report.rows.nodes);
    if (!report.rows.pageInfo.hasNextPage || !report.rows.pageInfo.endCursor) {
      return { region: report.region, period: report.period, version: report.version, submittedAt: report.submittedAt, rows };
    }
    after = report.rows.pageInfo.endCursor;
  }
}
