import { recordAudit } from '../../kit/audit/recordAudit';
import { whereRegionCovered } from '../../kit/data/whereRegionCovered';
import { inTransaction } from '../../kit/data/transaction';
import { forbidden, inRegionScope, requireRole } from '../../kit/identity/authorize';
import { toRowId } from '../../kit/loaders/rowId';
import { recordsRoles } from '../access/recordsRoles';
import { DishonestyRecordEntity } from '../entities/DishonestyRecordEntity';
import { LedgerEntryEntity } from '../entities/LedgerEntryEntity';
import type { MutationResolvers } from '../generated/resolversTypes';
import { fetchExclusions } from '../ledger/fetchExclusions';
import { VOID_STATUSES } from '../loaders/governanceTargets';
import { ONLY_WHEN_SERIOUS } from '../store/entersLedger';

const pairOf = ({ uscc, region }: { uscc: string | null; region: string }) => `${uscc}/${region}`;

/**
 * Screening (seed, 二（一）): every entity that a record in the region (and below) makes a target
 * — a list entry, a penalty, a clue, a serious false disclosure or commitment breach, neither
 * revoked nor refuted — gets its entry in the record's region if it has none; an exited entry
 * stays exited (only a new record puts it back). Exclusions are not stored: they are read from
 * institutions now, through the gateway as the records service, and reported with their reasons.
 */
export const screenLedger: NonNullable<MutationResolvers['screenLedger']> = async (_parent, { region }, { dataSource, identity, now, gateway, loaders }) => {
  requireRole(identity, recordsRoles.manageLedger, 'screen the ledger');
  if (!inRegionScope(identity, region)) throw forbidden(`a ${identity.role} of ${identity.region} may not screen the ledger of ${region}`);
  const at = now();
  const { added, entries } = await inTransaction(dataSource, async (manager) => {
    const targets = manager
      .getRepository(DishonestyRecordEntity)
      .createQueryBuilder('e')
      .where('e.uscc IS NOT NULL')
      .andWhere('e.status NOT IN (:...voidStatuses)', { voidStatuses: VOID_STATUSES })
      .andWhere('NOT (e.kind IN (:...onlyWhenSerious) AND e.severity <> :serious)', { onlyWhenSerious: [...ONLY_WHEN_SERIOUS], serious: 'SERIOUS' })
      .orderBy('e.id', 'ASC');
    whereRegionCovered(targets, 'region', region);
    const ledger = manager.getRepository(LedgerEntryEntity).createQueryBuilder('e').select(['e.id', 'e.uscc', 'e.region']);
    whereRegionCovered(ledger, 'region', region);
    const [records, existing] = await Promise.all([targets.getMany(), ledger.getMany()]);
    const known = new Set(existing.map(pairOf));
    const missing = new Map<string, LedgerEntryEntity>();
    for (const { uscc, region: recordRegion, subjectName } of records) {
      const pair = pairOf({ uscc, region: recordRegion });
      if (!uscc || known.has(pair) || missing.has(pair)) continue;
      missing.set(pair, manager.create(LedgerEntryEntity, {
        uscc, region: recordRegion, subjectName: subjectName.slice(0, 200), status: 'IN_LEDGER', exclusionReason: null,
        addedAt: at, exitedAt: null, exitKind: null, exitReason: null, remarks: null, responsibleUnit: null,
      }));
    }
    const inserted = missing.size ? await manager.save([...missing.values()]) : [];
    await recordAudit(manager, identity, {
      operation: 'screenLedger',
      objectType: 'LedgerEntry',
      objectId: region,
      summary: `screened the ledger of ${region}: ${inserted.length} entries added (${inserted.map(({ id }) => id).join(', ') || 'none'})`,
    }, at);
    return { added: inserted, entries: existing.length + inserted.length };
  });
  const exclusions = await fetchExclusions(gateway, region);
  const excludedEntries = await Promise.all(exclusions.map(({ entryId }) => {
    const id = toRowId(entryId);
    return id === null ? null : loaders.ledgerEntryById.load(id);
  }));
  return {
    region,
    screenedAt: at,
    entries,
    added: added.length,
    addedEntries: added,
    excluded: exclusions.length,
    exclusions: exclusions.flatMap(({ reason }, i) => {
      const entry = excludedEntries[i];
      return entry ? [{ entry, reason }] : [];
    }),
  };
};
