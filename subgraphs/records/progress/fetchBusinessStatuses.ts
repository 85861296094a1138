import type { GatewayClient } from '../../kit/services/createGatewayClient';

/** An entity's registration facts as institutions has them now (null fields: not a registered institution). */
export interface BusinessFacts {
  businessStatus: string | null;
  businessStatusReason: string | null;
}

/** institutions' limit on one marketEntities call. */
const SLICE = 5_000;

const BUSINESS_STATUSES = `query LedgerBusinessStatuses($usccs: [USCC!]!) {
  marketEntities(usccs: $usccs) { uscc businessStatus businessStatusReason }
}`;

const optionalText = (value: unknown, field: string): string | null => {
  if (value === null) return null;
  if (typeof value !== 'string') throw new Error(`marketEntities.${field} is not a string`);
  return value;
};

function readBusinessStatuses(data: unknown): [string, BusinessFacts][] {
  if (typeof data !== 'object' || data === null || !('marketEntities' in data) || !Array.isArray(data.marketEntities)) {
    throw new Error('no marketEntities in the answer');
  }
  return data.marketEntities.map((entity: unknown): [string, BusinessFacts] => {
    if (typeof entity !== 'object' || entity === null || !('uscc' in entity && 'businessStatus' in entity && 'businessStatusReason' in entity)) {
      throw new Error('a market entity lacks the fields asked for');
    }
    const uscc = optionalText(entity.uscc, 'uscc');
    if (uscc === null) throw new Error('a market entity has no uscc');
    return [uscc, { businessStatus: optionalText(entity.businessStatus, 'businessStatus'), businessStatusReason: optionalText(entity.businessStatusReason, 'businessStatusReason') }];
  });
}

/**
 * The entities' business statuses from their owner, institutions, through the gateway as the records
 * service (DESIGN.md §3 rule 5; never a copy): one request per 5,000 entities.
 * SERVICE_UNAVAILABLE when institutions cannot answer.
 */
export async function fetchBusinessStatuses(gateway: GatewayClient, usccs: readonly string[]): Promise<Map<string, BusinessFacts>> {
  const distinct = [...new Set(usccs)];
  const facts = new Map<string, BusinessFacts>();
  for (let start = 0; start < distinct.length; start += SLICE) {
    const slice = distinct.slice(start, start + SLICE);
    const answer = await gateway.query({ agency: 'institutions', query: BUSINESS_STATUSES, variables: { usccs: slice }, read: readBusinessStatuses });
    for (const [uscc, fact] of answer) facts.set(uscc, fact);
  }
  return facts;
}
