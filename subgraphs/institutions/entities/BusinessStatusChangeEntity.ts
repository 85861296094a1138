import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { BusinessStatus } from '../generated/resolversTypes';

/** One change of an institution's business status: the registry keeps them all, with who, when and why. */
@Entity('business_status_change')
export class BusinessStatusChangeEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'varchar', length: 18 })
  uscc: string;

  @Column({ type: 'varchar', length: 32 })
  previousStatus: BusinessStatus;

  @Column({ type: 'varchar', length: 32 })
  status: BusinessStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  /** The account that made the change (the token's subject). */
  @Column({ type: 'varchar', length: 200 })
  changedBy: string;

  @Column({ type: 'datetime', precision: 3 })
  changedAt: Date;
}
