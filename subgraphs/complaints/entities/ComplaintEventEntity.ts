import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ComplaintOutcome, ComplaintStatus } from '../generated/resolversTypes';

/** One step of a complaint's history: the status it entered, when, and why. */
@Entity('complaint_event')
export class ComplaintEventEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'integer' })
  complaintId: number;

  @Column({ type: 'varchar', length: 32 })
  status: ComplaintStatus;

  @Column({ type: 'datetime', precision: 3 })
  at: Date;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note: string | null;

  /** Shown on the complainant's timeline; internal progress notes are not. */
  @Column({ type: 'boolean', default: true })
  public: boolean;

  @Column({ type: 'varchar', length: 32, nullable: true })
  outcome: ComplaintOutcome | null;
}
