import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ConfirmationKind, ConfirmationStatus } from '../generated/resolversTypes';

/** A request to a court (or the listing authority) to confirm a fact a repair case depends on. */
@Entity('confirmation_request')
@Index(['authority', 'status'])
export class ConfirmationRequestEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'integer' })
  repairCaseId: number;

  /** A court's code (京0105) or the listing authority's name. */
  @Column({ type: 'varchar', length: 100 })
  authority: string;

  /** 案号, normalised to full-width brackets. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  caseNumber: string | null;

  @Column({ type: 'varchar', length: 32 })
  kind: ConfirmationKind;

  @Column({ type: 'varchar', length: 16 })
  status: ConfirmationStatus;

  @Column({ type: 'datetime', precision: 3 })
  requestedAt: Date;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  answeredAt: Date | null;

  @Column({ type: 'text', nullable: true })
  answerNote: string | null;
}
