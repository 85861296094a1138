import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { LedgerExitKind, LedgerStatus } from '../generated/resolversTypes';

/**
 * An entity in the governance ledger (台账) of `region`: one entry per entity and region, as it
 * stands now. Its status changes only through `changeLedgerStatus`, which keeps the history
 * (LedgerStatusChangeEntity) that past months' ledgers are read from. The stored status is
 * IN_LEDGER or EXITED: exclusion is read live from institutions (LedgerEntry.status), never stored.
 */
@Entity('ledger_entry')
@Index(['uscc', 'region'], { unique: true })
export class LedgerEntryEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 18 })
  uscc: string;

  @Index()
  @Column({ type: 'varchar', length: 6 })
  region: string;

  @Column({ type: 'varchar', length: 200 })
  subjectName: string;

  @Column({ type: 'varchar', length: 16 })
  status: LedgerStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  exclusionReason: string | null;

  @Column({ type: 'datetime', precision: 3 })
  addedAt: Date;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  exitedAt: Date | null;

  /** How it exited (decideLedgerExit); null unless EXITED. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  exitKind: LedgerExitKind | null;

  @Column({ type: 'text', nullable: true })
  exitReason: string | null;

  /** 备注 (updateLedgerEntry). */
  @Column({ type: 'text', nullable: true })
  remarks: string | null;

  /** 责任单位 (updateLedgerEntry). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  responsibleUnit: string | null;
}
