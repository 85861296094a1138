import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { RecordKind, RepairStatus } from '../generated/resolversTypes';

/** A credit-repair case (信用修复) for one dishonesty record owned by `records`. */
@Entity('repair_case')
@Index(['uscc', 'status'])
export class RepairCaseEntity {
  @PrimaryGeneratedColumn()
  id: number;

  /** The id of the dishonesty record in `records` (another database: no foreign key). */
  @Index()
  @Column({ type: 'integer' })
  recordId: number;

  @Column({ type: 'varchar', length: 18 })
  uscc: string;

  /** The deciding authority's region. */
  @Index()
  @Column({ type: 'varchar', length: 6 })
  region: string;

  /**
   * The record id while this case holds the record (open or approved), null once rejected: unique,
   * so that of two applications racing for one record only one is stored.
   */
  @Index({ unique: true })
  @Column({ type: 'integer', nullable: true })
  heldRecordId: number | null;

  /** The record's kind as records had it at application (null for cases applied before it was kept). */
  @Column({ type: 'varchar', length: 32, nullable: true })
  recordKind: RecordKind | null;

  @Index()
  @Column({ type: 'varchar', length: 32 })
  status: RepairStatus;

  @Column({ type: 'text' })
  statement: string;

  @Column({ type: 'datetime', precision: 3 })
  appliedAt: Date;

  @Index()
  @Column({ type: 'datetime', precision: 3 })
  decisionDueAt: Date;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  decisionNote: string | null;
}
