import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { LedgerStatus } from '../generated/resolversTypes';

/**
 * An entity in the governance ledger (台账) of `region`: one entry per entity and region, as it
 * stands now. Its status changes only through `changeLedgerStatus`, which keeps the history
 * (LedgerStatusChangeEntity) that past months' ledgers are read from.
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
}
