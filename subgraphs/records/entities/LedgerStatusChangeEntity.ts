import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { LedgerExitKind, LedgerStatus } from '../generated/resolversTypes';

/**
 * A ledger entry's change of status after it was added (an exclusion, an exit, a return after a
 * new record), so that the ledger of a past month shows each entry as it stood then. An entry
 * with no change by a given instant was IN_LEDGER then.
 */
@Entity('ledger_status_change')
@Index(['entryId', 'at'])
export class LedgerStatusChangeEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  entryId: number;

  @Column({ type: 'varchar', length: 16 })
  status: LedgerStatus;

  /** Why: the reason given with an exit (or, in history from before exclusion was read live, an exclusion's). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  @Column({ type: 'datetime', precision: 3 })
  at: Date;

  /** How an exit was decided (CRITERIA_MET or OVERRIDE); null for other changes. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  exitKind: LedgerExitKind | null;
}
