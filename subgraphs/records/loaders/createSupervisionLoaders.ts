import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { createCountLoader, createGroupLoader } from '../../kit/loaders';
import { KeySupervisionEntity } from '../entities/KeySupervisionEntity';
import { LedgerStatusChangeEntity } from '../entities/LedgerStatusChangeEntity';
import { RiskWarningEntity } from '../entities/RiskWarningEntity';
import { RiskWarningEntryEntity } from '../entities/RiskWarningEntryEntity';

/**
 * The loaders of key supervision and risk warnings (issue 5, item 4). They are asked only for
 * entries (and letters about entries) the caller may see, so they need no scope of their own.
 */
export function createSupervisionLoaders(dataSource: DataSource) {
  const warnings = dataSource.getRepository(RiskWarningEntity);
  const warnedEntries = dataSource.getRepository(RiskWarningEntryEntity);
  return {
    /** Every period of key supervision of an entry, newest first (the current one has no endedAt). */
    keySupervisionsByEntry: createGroupLoader(dataSource.getRepository(KeySupervisionEntity), 'entryId', { id: 'DESC' }),
    /** The letters that name an entry, newest first: two statements per batch. */
    riskWarningsByEntry: new DataLoader<number, RiskWarningEntity[]>(async (entryIds) => {
      const named = await warnedEntries.find({ where: { entryId: In([...entryIds]) }, order: { warningId: 'DESC' } });
      const letters = named.length ? await warnings.findBy({ id: In([...new Set(named.map((row) => row.warningId))]) }) : [];
      const byId = new Map(letters.map((letter) => [letter.id, letter]));
      const byEntry = new Map<number, RiskWarningEntity[]>();
      for (const row of named) {
        const letter = byId.get(row.warningId);
        if (letter) byEntry.set(row.entryId, [...(byEntry.get(row.entryId) ?? []), letter]);
      }
      return entryIds.map((entryId) => byEntry.get(entryId) ?? []);
    }),
    riskWarningEntryCount: createCountLoader(warnedEntries, 'warningId'),
    /** When an entry last came back into the ledger after an exit (null: it never left). */
    returnedToLedgerAt: new DataLoader<number, Date | null>(async (entryIds) => {
      const returns = await dataSource.getRepository(LedgerStatusChangeEntity).find({
        where: { entryId: In([...entryIds]), status: 'IN_LEDGER' },
        order: { at: 'DESC', id: 'DESC' },
      });
      const latest = new Map<number, Date>();
      for (const change of returns) if (!latest.has(change.entryId)) latest.set(change.entryId, change.at);
      return entryIds.map((entryId) => latest.get(entryId) ?? null);
    }),
  };
}

