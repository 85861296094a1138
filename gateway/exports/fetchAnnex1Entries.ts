import type { ApolloServer, GraphQLResponse } from '@apollo/server';
import { MAX_PAGE_SIZE } from '../../subgraphs/kit/pagination/connection';
import { ANNEX1_LEDGER_QUERY, type Annex1LedgerEntry, type Annex1LedgerPage } from '../../subgraphs/kit/ledger';
import type { GatewayContext } from '../auth/gatewayContext';
import { ExportRefusal, statusOfCode } from './ExportRefusal';

/**
 * Every entry of a region's ledger with its Annex 1 fields, read page by page through the
 * gateway's own request pipeline as the caller (`context`: the identity verified from the
 * request's bearer token), so that the subgraphs authorize the export as they do the GraphQL
 * question. Any error (refusal, an agency unavailable) refuses the whole export: a ledger with
 * entries or facts missing is not a ledger to hand in.
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
    const response: GraphQLResponse<Annex1LedgerPage> = await server.executeOperation<Annex1LedgerPage>(
      { query: ANNEX1_LEDGER_QUERY, variables: { region, period, first: MAX_PAGE_SIZE, after } },
      { contextValue: context },
    );
    if (response.body.kind !== 'single') throw new ExportRefusal(500, 'INTERNAL_SERVER_ERROR', 'the ledger was answered incrementally');
    const { data, errors } = response.body.singleResult;
    const [error] = errors ?? [];
    if (error) {
      const code = String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
      const field = typeof error.extensions?.field === 'string' ? error.extensions.field : undefined;
      throw new ExportRefusal(statusOfCode(code), code, error.message, field);
    }
    const ledger = data?.governanceLedger;
    if (!ledger) throw new ExportRefusal(500, 'INTERNAL_SERVER_ERROR', 'the ledger was not answered');
    entries.push(...ledger.nodes);
    if (!ledger.pageInfo.hasNextPage || !ledger.pageInfo.endCursor) return entries;
    after = ledger.pageInfo.endCursor;
  }
}
