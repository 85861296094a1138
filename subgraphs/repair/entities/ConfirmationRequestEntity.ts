import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ConfirmationKind, ConfirmationStatus, ConfirmingAuthorityKind } from '../generated/resolversTypes';

/** A request to a court (or the listing authority) to confirm a fact a repair case depends on. */
@Entity('confirmation_request')
@Index(['authority', 'status'])
@Index(['status', 'answerDueAt'])
export class ConfirmationRequestEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'integer' })
  repairCaseId: number;

  /** A court's code (京0105) or the listing authority's name. */
  @Column({ type: 'varchar', length: 100 })
  authority: string;

  @Column({ type: 'varchar', length: 32 })
  authorityKind: ConfirmingAuthorityKind;

  /** The case's region (the deciding authority's), kept on the request so that it is scoped by its own data. */
  @Index()
  @Column({ type: 'varchar', length: 6 })
  region: string;

  /** The case's subject. */
  @Index()
  @Column({ type: 'varchar', length: 18 })
  uscc: string;

  /** 案号, normalised to full-width brackets. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  caseNumber: string | null;

  @Column({ type: 'varchar', length: 32 })
  kind: ConfirmationKind;

  @Column({ type: 'varchar', length: 16 })
  status: ConfirmationStatus;

  @Column({ type: 'datetime', precision: 3 })
  requestedAt: Date;

  @Column({ type: 'datetime', precision: 3 })
  answerDueAt: Date;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  answeredAt: Date | null;

  /** The ruling, notice or reply number the answer rests on. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  answerDocument: string | null;

  @Column({ type: 'text', nullable: true })
  answerNote: string | null;
}
