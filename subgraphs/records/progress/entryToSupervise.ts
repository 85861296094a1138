import { conflict, notFound } from '../../kit/errors';
import { requireRole } from '../../kit/identity/authorize';
import { parseRowId } from '../../kit/loaders/rowId';
import { recordsRoles } from '../access/recordsRoles';
import type { RecordsContext } from '../context';
import type { LedgerEntryEntity } from '../entities/LedgerEntryEntity';
import { fetchHubFacts } from './fetchHubFacts';
import { liveStatus } from './liveStatus';

/**
 * The entry a supervision mutation acts on: the national regulator's, or one in the lead unit's
 * region (else NOT_FOUND, as for an unknown id); it must be IN_LEDGER as it is now, its business
 * status read from institutions through the gateway (else CONFLICT naming its status).
 */
export async function entryToSupervise(context: RecordsContext, entryId: string, what: string): Promise<LedgerEntryEntity> {
  requireRole(context.identity, recordsRoles.superviseEntry, what);
  const entry = await context.loaders.ledgerEntryById.load(parseRowId('entryId', entryId));
  if (!entry) throw notFound(`ledger entry ${entryId}`);
  const facts = await fetchHubFacts(context.gateway, [entry.uscc], 'businessStatus');
  const { status, exclusionReason } = liveStatus(entry, facts.get(entry.uscc));
  if (status !== 'IN_LEDGER') throw conflict(`ledger entry ${entryId} is ${status}${exclusionReason ? ` (${exclusionReason})` : ''}: only an entry IN_LEDGER may ${what}`);
  return entry;
}
