import type { RecordsContext } from '../context';
import { ledgerPeriodEnd } from '../inputs/ledgerPeriod';
import type { LedgerEntryView } from '../store/LedgerEntryView';
import { hubFactsOf } from './hubFacts';
import { parseLedgerEntryId } from './ledgerEntryId';

/**
 * The entry a LedgerEntry reference names (now, or at the end of the month its id carries), with
 * the hub facts the gateway sent along (@requires). Null when unknown or out of the caller's scope.
 */
export async function loadLedgerEntryReference(reference: { id: string }, { loaders, now }: RecordsContext): Promise<LedgerEntryView | null> {
  const id = parseLedgerEntryId(reference.id);
  const entry = id && (await loaders.ledgerEntryById.load(id.rowId));
  if (!id || !entry) return null;
  const hub = hubFactsOf(reference);
  return id.period ? { ...entry, hub, period: id.period, asOf: ledgerPeriodEnd(id.period, now(), 'id') } : { ...entry, hub };
}
