import type { GatewayClient } from '../../kit/services/createGatewayClient';
import { MAX_PAGE_SIZE } from '../../kit/pagination/connection';

const EXCLUSIONS = `query LedgerExclusions($region: RegionCode!, $after: String, $first: Int!) {
  governanceLedger(region: $region, first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id status exclusionReason } }
}`;

/** An entry excluded now, as the supergraph says. */
export interface Exclusion {
  entryId: string;
  reason: string;
}

interface Page {
  exclusions: Exclusion[];
  next: string | null;
}

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

function readPage(data: unknown): Page {
  if (!isObject(data) || !('governanceLedger' in data) || !isObject(data.governanceLedger)) throw new Error('no governanceLedger in the answer');
  const ledger = data.governanceLedger;
  if (!('pageInfo' in ledger && 'nodes' in ledger) || !isObject(ledger.pageInfo) || !Array.isArray(ledger.nodes)) throw new Error('governanceLedger lacks pageInfo or nodes');
  const { pageInfo } = ledger;
  const next = 'hasNextPage' in pageInfo && pageInfo.hasNextPage === true && 'endCursor' in pageInfo && typeof pageInfo.endCursor === 'string' ? pageInfo.endCursor : null;
  const exclusions = ledger.nodes.flatMap((node: unknown): Exclusion[] => {
    if (!isObject(node) || !('id' in node && 'status' in node && 'exclusionReason' in node) || typeof node.id !== 'string') throw new Error('a ledger entry lacks the fields asked for');
    return node.status === 'EXCLUDED' ? [{ entryId: node.id, reason: typeof node.exclusionReason === 'string' ? node.exclusionReason : '' }] : [];
  });
  return { exclusions, next };
}

/**
 * The entries of a region's ledger that institutions' business statuses exclude now, read page by
 * page through the gateway as the records service (DESIGN.md §3 rule 5).
 */
export async function fetchExclusions(gateway: GatewayClient, region: string): Promise<Exclusion[]> {
  const exclusions: Exclusion[] = [];
  let after: string | null = null;
  do {
    const page: Page = await gateway.query({ agency: 'institutions', query: EXCLUSIONS, variables: { region, after, first: MAX_PAGE_SIZE }, read: readPage });
    exclusions.push(...page.exclusions);
    after = page.next;
  } while (after);
  return exclusions;
}
