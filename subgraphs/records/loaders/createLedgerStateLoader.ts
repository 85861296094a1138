import DataLoader from 'dataloader';
import { In, LessThan, type Repository } from 'typeorm';
import type { LedgerStatusChangeEntity } from '../entities/LedgerStatusChangeEntity';
import type { LedgerExitKind, LedgerStatus } from '../generated/resolversTypes';

/** What a ledger entry's status was at some instant. */
export interface LedgerState {
  status: LedgerStatus;
  exclusionReason: string | null;
  exitedAt: Date | null;
  exitKind: LedgerExitKind | null;
  exitReason: string | null;
}

export interface EntryAsOf {
  id: number;
  asOf: Date;
}

const keyOf = (id: number, asOf: Date) => `${id}@${asOf.getTime()}`;

const IN_LEDGER: LedgerState = { status: 'IN_LEDGER', exclusionReason: null, exitedAt: null, exitKind: null, exitReason: null };

function stateAfter(last: LedgerStatusChangeEntity | undefined): LedgerState {
  if (!last) return IN_LEDGER;
  const exited = last.status === 'EXITED';
  return {
    status: last.status,
    exclusionReason: last.status === 'EXCLUDED' ? last.reason : null,
    exitedAt: exited ? last.at : null,
    exitKind: exited ? last.exitKind : null,
    exitReason: exited ? last.reason : null,
  };
}

/**
 * The state of ledger entries just before `asOf`: the last change before then, IN_LEDGER when
 * there was none (an entry is in the ledger from when it was added). One statement per batch
 * and cut-off.
 */
export function createLedgerStateLoader(changes: Repository<LedgerStatusChangeEntity>): DataLoader<EntryAsOf, LedgerState, string> {
  return new DataLoader<EntryAsOf, LedgerState, string>(
    async (keys) => {
      const idsByCutOff = new Map<number, Set<number>>();
      for (const { id, asOf } of keys) idsByCutOff.set(asOf.getTime(), (idsByCutOff.get(asOf.getTime()) ?? new Set<number>()).add(id));
      const last = new Map<string, LedgerStatusChangeEntity>();
      await Promise.all(
        [...idsByCutOff.entries()].map(async ([cutOff, ids]) => {
          const asOf = new Date(cutOff);
          const rows = await changes.find({ where: { entryId: In([...ids]), at: LessThan(asOf) }, order: { at: 'ASC', id: 'ASC' } });
          for (const row of rows) last.set(keyOf(row.entryId, asOf), row);
        }),
      );
      return keys.map(({ id, asOf }) => stateAfter(last.get(keyOf(id, asOf))));
    },
    { cacheKeyFn: ({ id, asOf }) => keyOf(id, asOf) },
  );
}
