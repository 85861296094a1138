import { recordAudit } from '../../kit/audit/recordAudit';
import { inTransaction } from '../../kit/data/transaction';
import { notFound } from '../../kit/errors';
import { inRegionScope, requireRole } from '../../kit/identity/authorize';
import { optionalText } from '../../kit/inputs/text';
import { toRowId } from '../../kit/loaders/rowId';
import { recordsRoles } from '../access/recordsRoles';
import { LedgerEntryEntity } from '../entities/LedgerEntryEntity';
import type { MutationResolvers } from '../generated/resolversTypes';

/** 备注 and 责任单位 of an entry, by the lead unit of its region (or NR): a field left out keeps its value, null or blank clears it. */
export const updateLedgerEntry: NonNullable<MutationResolvers['updateLedgerEntry']> = async (_parent, args, { dataSource, identity, now }) => {
  requireRole(identity, recordsRoles.manageLedger, 'update ledger entries');
  const changes: Partial<Pick<LedgerEntryEntity, 'remarks' | 'responsibleUnit'>> = {};
  if (args.remarks !== undefined) changes.remarks = optionalText('remarks', args.remarks, { max: 2000 });
  if (args.responsibleUnit !== undefined) changes.responsibleUnit = optionalText('responsibleUnit', args.responsibleUnit, { max: 200 });
  const id = toRowId(args.entryId);
  const at = now();
  return inTransaction(dataSource, async (manager) => {
    const entry = id === null ? null : await manager.findOneBy(LedgerEntryEntity, { id });
    if (!entry || !inRegionScope(identity, entry.region)) throw notFound(`ledger entry ${args.entryId}`);
    if (!Object.keys(changes).length) return entry;
    await manager.update(LedgerEntryEntity, { id: entry.id }, changes);
    await recordAudit(manager, identity, {
      operation: 'updateLedgerEntry',
      objectType: 'LedgerEntry',
      objectId: entry.id,
      summary: `set ${Object.keys(changes).join(' and ')} of the ledger entry of ${entry.uscc} in ${entry.region}`,
    }, at);
    return manager.findOneByOrFail(LedgerEntryEntity, { id: entry.id });
  });
};
