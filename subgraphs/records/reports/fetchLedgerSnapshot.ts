import { ANNEX1_ENTRY_FRAGMENT, annex1Rows, type Annex1LedgerEntry, type Annex1Row } from '../../kit/ledger';
import { MAX_PAGE_SIZE } from '../../kit/pagination';
import type { GatewayClient } from '../../kit/services/createGatewayClient';
import { isAnnex1Entry } from './readAnnex1Entry';

/** One row of the snapshot: the entry it came from, its Annex 1 facts and its row in the seed's words. */
export interface SnapshotRow {
  entryId: number;
  region: string;
  entry: Annex1LedgerEntry;
  row: Annex1Row;
}

interface AnsweredEntry {
  region: string;
  entry: Annex1LedgerEntry;
}

interface LedgerPage {
  entries: AnsweredEntry[];
  next: string | null;
}

const SNAPSHOT_QUERY = /* GraphQL */ `
  query LedgerReportSnapshot($region: RegionCode!, $first: Int, $after: String) {
    governanceLedger(region: $region, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { region ...Annex1Entry }
    }
  }
  ${ANNEX1_ENTRY_FRAGMENT}
`;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function readPage(data: unknown): LedgerPage {
  const ledger = isObject(data) ? data.governanceLedger : undefined;
  if (!isObject(ledger) || !Array.isArray(ledger.nodes) || !isObject(ledger.pageInfo)) throw new Error('no governanceLedger page in the answer');
  const entries = ledger.nodes.map((node: unknown): AnsweredEntry => {
    if (!isAnnex1Entry(node) || !isObject(node) || typeof node.region !== 'string') throw new Error('a ledger entry lacks Annex 1 facts');
    return { region: node.region, entry: node };
  });
  const { hasNextPage, endCursor } = ledger.pageInfo;
  return { entries, next: hasNextPage === true && typeof endCursor === 'string' ? endCursor : null };
}

/**
 * The region's ledger now (the region and everything below it) as Annex 1 rows, read page by page
 * through the gateway as the records service from the facts' owners (DESIGN.md §3 rule 5), never
 * from the client, and mapped by the kit (the export shows the same rows; EXCLUDED entries are left
 * out as the seed builds the ledger after removing them). Any error in any page (an agency down,
 * facts missing) is SERVICE_UNAVAILABLE, so that no incomplete snapshot is stored.
 */
export async function fetchLedgerSnapshot(gateway: GatewayClient, region: string): Promise<SnapshotRow[]> {
  const answered: AnsweredEntry[] = [];
  let after: string | null = null;
  do {
    const page: LedgerPage = await gateway.query({ agency: 'the ledger', query: SNAPSHOT_QUERY, variables: { region, first: MAX_PAGE_SIZE, after }, read: readPage });
    answered.push(...page.entries);
    after = page.next;
  } while (after);
  const rows: SnapshotRow[] = [];
  for (const { region: entryRegion, entry } of answered) {
    // The kit decides which entries make a row; numbering follows the rows kept.
    for (const row of annex1Rows([entry], rows.length)) rows.push({ entryId: Number(entry.id), region: entryRegion, entry, row });
  }
  return rows;
}
