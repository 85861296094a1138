import type { GatewayClient } from '../../kit/services/createGatewayClient';
import { MAX_PAGE_SIZE } from '../../kit/pagination';

/** How a ledger entry's Annex 1 facts are asked for and read (the kit's Annex 1 row). */
export interface RowSource<Row> {
  /** The LedgerEntry fields to select. */
  selection: string;
  /** The row of one answered entry; throws when the answer has another shape. */
  toRow(entry: unknown): Row;
}

/** One entry of the snapshot: where it came from and its Annex 1 row. */
export interface SnapshotEntry<Row> {
  entryId: number;
  uscc: string;
  region: string;
  row: Row;
}

interface LedgerPage<Row> {
  entries: SnapshotEntry<Row>[];
  next: string | null;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function text(value: unknown, field: string): string {
  if (typeof value !== 'string') throw new Error(`LedgerEntry.${field} is not a string`);
  return value;
}

function readPage<Row>(source: RowSource<Row>) {
  return (data: unknown): LedgerPage<Row> => {
    const ledger = isObject(data) ? data.governanceLedger : undefined;
    if (!isObject(ledger) || !Array.isArray(ledger.nodes) || !isObject(ledger.pageInfo)) throw new Error('no governanceLedger page in the answer');
    const entries = ledger.nodes.map((node: unknown) => {
      if (!isObject(node) || !isObject(node.subject)) throw new Error('a ledger entry lacks the fields asked for');
      return { entryId: Number(text(node.id, 'id')), uscc: text(node.subject.uscc, 'subject.uscc'), region: text(node.region, 'region'), row: source.toRow(node) };
    });
    const { hasNextPage, endCursor } = ledger.pageInfo;
    return { entries, next: hasNextPage === true && typeof endCursor === 'string' ? endCursor : null };
  };
}

/**
 * The region's ledger now (the region and everything below it), every entry with its Annex 1
 * facts, read page by page through the gateway as the records service from the facts' owners
 * (DESIGN.md §3 rule 5): never from the client. Any error in any page (an agency down, facts
 * missing) is SERVICE_UNAVAILABLE, so that no incomplete snapshot is stored.
 */
export async function fetchLedgerSnapshot<Row>(gateway: GatewayClient, region: string, source: RowSource<Row>): Promise<SnapshotEntry<Row>[]> {
  const query = `query LedgerReportSnapshot($region: RegionCode!, $after: String) {
  governanceLedger(region: $region, first: ${MAX_PAGE_SIZE}, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { id region subject { uscc } ${source.selection} }
  }
}`;
  const entries: SnapshotEntry<Row>[] = [];
  let after: string | null = null;
  do {
    const page: LedgerPage<Row> = await gateway.query({ agency: 'the ledger', query, variables: { region, after }, read: readPage(source) });
    entries.push(...page.entries);
    after = page.next;
  } while (after);
  return entries;
}
