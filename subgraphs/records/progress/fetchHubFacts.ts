import type { GatewayClient } from '../../kit/services/createGatewayClient';
import type { BusinessStatus } from '../generated/resolversTypes';
import type { HubFacts } from '../ledger/hubFacts';

/** institutions' limit on one marketEntities call. */
const SLICE = 5_000;

/** What is asked: the business status (exclusions), or every fact the exit criteria need. */
export type HubFactSet = 'businessStatus' | 'exitCriteria';

const FIELDS: Record<HubFactSet, string> = {
  businessStatus: 'businessStatus businessStatusReason',
  exitCriteria: `businessStatus businessStatusReason commitmentPublished unsentClueRegions
    repairedRecordIds obligationsFulfilledRecordIds settlementReachedRecordIds settlementPerformedRecordIds`,
};

const BUSINESS_STATUSES: readonly BusinessStatus[] = ['OPERATING', 'BANKRUPTCY', 'ABNORMAL_LOST_CONTACT', 'DEREGISTERED', 'REVOKED'];
const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

function businessStatusOf(value: unknown): BusinessStatus | null | undefined {
  if (value === undefined || value === null) return value;
  const found = BUSINESS_STATUSES.find((status) => status === value);
  if (!found) throw new Error(`businessStatus ${String(value)} is not one records knows`);
  return found;
}

function textOf(value: unknown, field: string): string | null | undefined {
  if (value === undefined || value === null || typeof value === 'string') return value;
  throw new Error(`${field} is not a string`);
}

function flagOf(value: unknown, field: string): boolean | null | undefined {
  if (value === undefined || value === null || typeof value === 'boolean') return value;
  throw new Error(`${field} is not a boolean`);
}

function regionsOf(value: unknown): string[] | null | undefined {
  if (value === undefined || value === null) return value;
  if (Array.isArray(value) && value.every((region) => typeof region === 'string')) return value;
  throw new Error('unsentClueRegions is not a list of regions');
}

function idsOf(value: unknown, field: string): string[] | null | undefined {
  if (value === undefined || value === null) return value;
  if (Array.isArray(value) && value.every((id) => typeof id === 'string')) return value;
  throw new Error(`${field} is not a list of ids`);
}

function readEntity(entity: unknown): [string, HubFacts] {
  if (!isObject(entity) || !('uscc' in entity) || typeof entity.uscc !== 'string') throw new Error('a market entity has no uscc');
  const field = (name: string): unknown => (name in entity ? Object.getOwnPropertyDescriptor(entity, name)?.value : undefined);
  return [entity.uscc, {
    businessStatus: businessStatusOf(field('businessStatus')),
    businessStatusReason: textOf(field('businessStatusReason'), 'businessStatusReason'),
    commitmentPublished: flagOf(field('commitmentPublished'), 'commitmentPublished'),
    unsentClueRegions: regionsOf(field('unsentClueRegions')),
    repairedRecordIds: idsOf(field('repairedRecordIds'), 'repairedRecordIds'),
    obligationsFulfilledRecordIds: idsOf(field('obligationsFulfilledRecordIds'), 'obligationsFulfilledRecordIds'),
    settlementReachedRecordIds: idsOf(field('settlementReachedRecordIds'), 'settlementReachedRecordIds'),
    settlementPerformedRecordIds: idsOf(field('settlementPerformedRecordIds'), 'settlementPerformedRecordIds'),
  }];
}

function readEntities(data: unknown): [string, HubFacts][] {
  if (!isObject(data) || !('marketEntities' in data) || !Array.isArray(data.marketEntities)) throw new Error('no marketEntities in the answer');
  return data.marketEntities.map(readEntity);
}

/**
 * The entities' hub facts from their owners (institutions, and for the exit criteria complaints and
 * repair), through the gateway as the records service with institutions' `marketEntities(usccs)`
 * (DESIGN.md §3 rule 5; never a copy): one request per 5,000 entities. SERVICE_UNAVAILABLE when
 * an agency cannot answer.
 */
export async function fetchHubFacts(gateway: GatewayClient, usccs: readonly string[], set: HubFactSet): Promise<Map<string, HubFacts>> {
  const distinct = [...new Set(usccs)];
  const facts = new Map<string, HubFacts>();
  const query = `query LedgerHubFacts($usccs: [USCC!]!) { marketEntities(usccs: $usccs) { uscc ${FIELDS[set]} } }`;
  for (let start = 0; start < distinct.length; start += SLICE) {
    const usccSlice = distinct.slice(start, start + SLICE);
    const agency = set === 'businessStatus' ? 'institutions' : 'the agencies of the ledger';
    for (const [uscc, fact] of await gateway.query({ agency, query, variables: { usccs: usccSlice }, read: readEntities })) facts.set(uscc, fact);
  }
  return facts;
}
