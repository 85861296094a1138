import { recordAudit } from '../../kit/audit/recordAudit';
import { inTransaction } from '../../kit/data/transaction';
import { conflict, notFound } from '../../kit/errors';
import { requireRole } from '../../kit/identity/authorize';
import { requiredText } from '../../kit/inputs/text';
import { parseRowId } from '../../kit/loaders/rowId';
import { recordsRoles } from '../access/recordsRoles';
import { KeySupervisionEntity } from '../entities/KeySupervisionEntity';
import type { MutationResolvers } from '../generated/resolversTypes';

/**
 * Lifts an entry's key supervision (解除重点监管) with a reason; the period stays in the history.
 * Whatever the entry's status: an entry that exited or was excluded may still be under it.
 */
export const liftKeySupervision: NonNullable<MutationResolvers['liftKeySupervision']> = async (_parent, { entryId, reason }, { dataSource, identity, loaders, now }) => {
  requireRole(identity, recordsRoles.superviseEntry, 'lift key supervision');
  const entry = await loaders.ledgerEntryById.load(parseRowId('entryId', entryId));
  if (!entry) throw notFound(`ledger entry ${entryId}`);
  const why = requiredText('reason', reason, { max: 500 });
  const at = now();
  await inTransaction(dataSource, async (manager) => {
    const current = await manager.findOneBy(KeySupervisionEntity, { currentOf: entry.id });
    if (!current) throw conflict(`ledger entry ${entryId} is not under key supervision`);
    const lifted = await manager.update(
      KeySupervisionEntity,
      { id: current.id, currentOf: entry.id },
      { currentOf: null, endedAt: at, endKind: 'LIFTED', endReason: why, endedBy: identity.subject },
    );
    if (!lifted.affected) throw conflict(`ledger entry ${entryId}'s key supervision changed meanwhile; read it again`);
    await recordAudit(manager, identity, {
      operation: 'liftKeySupervision',
      objectType: 'LedgerEntry',
      objectId: entry.id,
      summary: `lifted key supervision of grade ${current.grade} (entry of ${entry.uscc} in ${entry.region})`,
    }, at);
  });
  return entry;
};
