import type { RecordsContext } from '../context';
import type { LedgerEntryEntity } from '../entities/LedgerEntryEntity';
import { exitCriteria } from '../ledger/exitCriteria';
import type { HubFacts } from '../ledger/hubFacts';
import { todayOf } from '../store/todayOf';
import { fetchHubFacts } from './fetchHubFacts';

/**
 * Whether each entry's exit criteria (DESIGN.md §6) are all met now, judged as LedgerEntry.exitCheck
 * judges them: its records in its region from records, the other agencies' facts through the gateway
 * as the records service (one request for all the entries). Also returns the facts read.
 */
export async function exitAllowed(context: RecordsContext, entries: readonly LedgerEntryEntity[]): Promise<{ allowed: Map<number, boolean>; facts: Map<string, HubFacts> }> {
  const facts = await fetchHubFacts(context.gateway, entries.map((entry) => entry.uscc), 'exitCriteria');
  const today = todayOf(context);
  const judged = await Promise.all(entries.map(async (entry): Promise<[number, boolean]> => {
    const records = await context.loaders.recordsOfEntityInRegion.load({ uscc: entry.uscc, region: entry.region, asOf: null });
    return [entry.id, exitCriteria(records, facts.get(entry.uscc), today, entry.region).every(({ met }) => met)];
  }));
  return { allowed: new Map(judged), facts };
}
