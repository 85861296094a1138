import { whereRegionCovered } from '../../kit/data/whereRegionCovered';
import type { RecordsContext } from '../context';
import { LedgerEntryEntity } from '../entities/LedgerEntryEntity';
import type { LedgerStatus } from '../generated/resolversTypes';
import { fetchHubFacts } from './fetchHubFacts';
import { liveStatus } from './liveStatus';

/** How an entry exited: by its criteria or by an override (counted apart). */
export type ExitKind = 'CRITERIA_MET' | 'OVERRIDE';

/** A ledger entry with its status read live (the business status from institutions). */
export interface LiveEntry {
  entry: LedgerEntryEntity;
  status: LedgerStatus;
  exclusionReason: string | null;
  exitKind: ExitKind | null;
}

/** How a stored exit was decided (an exit stored before exits were told apart was decided on its criteria). */
export const exitKindOf = (entry: LedgerEntryEntity): ExitKind | null => (entry.status === 'EXITED' ? entry.exitKind ?? 'CRITERIA_MET' : null);

/**
 * Every entry of `region` and below (the whole country for null), oldest first, with its status as
 * it is now: one statement in records, and the business statuses from institutions through the
 * gateway (one request per 5,000 entities), never a stored copy.
 */
export async function loadLiveLedger({ dataSource, gateway }: Pick<RecordsContext, 'dataSource' | 'gateway'>, region: string | null): Promise<LiveEntry[]> {
  const query = dataSource.getRepository(LedgerEntryEntity).createQueryBuilder('e').orderBy('e.id', 'ASC');
  if (region) whereRegionCovered(query, 'region', region);
  const entries = await query.getMany();
  const facts = await fetchHubFacts(gateway, entries.map((entry) => entry.uscc), 'businessStatus');
  return entries.map((entry) => ({ entry, ...liveStatus(entry, facts.get(entry.uscc)), exitKind: exitKindOf(entry) }));
}
