import type { ApolloServer } from '@apollo/server';
import { MAX_PAGE_SIZE } from '../../subgraphs/kit/pagination/connection';
import { ANNEX1_LEDGER_QUERY, type Annex1LedgerEntry, type Annex1LedgerPage } from '../../subgraphs/kit/ledger';
import type { GatewayContext } from '../auth/gatewayContext';
import { ExportRefusal } from './ExportRefusal';
import { executeAsCaller } from './executeAsCaller';

/**
 * Every entry of a region's ledger with its Annex 1 fields, read page by page through the
 * gateway as the caller (`context`: the identity verified from the request's bearer token), so
 * that the subgraphs authorize the export as they do the GraphQL question.
 */
export async function fetchAnnex1Entries(
  server: ApolloServer<GatewayContext>,
  context: GatewayContext,
  region: string,
  period: string | null,
): Promise<Annex1LedgerEntry[]> {
  const entries: Annex1LedgerEntry[] = [];
  let after: string | null = null;
  for (;;) {
    const page: Annex1LedgerPage = await executeAsCaller<Annex1LedgerPage>(server, context, ANNEX1_LEDGER_QUERY, { region, period, first: MAX_PAGE_SIZE, after });
    const ledger = page.governanceLedger;
    if (!ledger) throw new ExportRefusal(500, 'INTERNAL_SERVER_ERROR', 'the ledger was not answered');
    entries.push(...ledger.nodes);
    if (!ledger.pageInfo.hasNextPage || !ledger.pageInfo.endCursor) return entries;
    after = ledger.pageInfo.endCursor;
  }
}
