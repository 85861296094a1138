import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ComplaintStatus } from '../generated/resolversTypes';

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
}
