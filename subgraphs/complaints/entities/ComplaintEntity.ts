import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ComplaintCategory, ComplaintStatus } from '../generated/resolversTypes';

/**
 * A public complaint or report. The complainant's name, phone and email are personal data,
 * stored in plain columns for now: encryption at rest (behind the kit's crypto interface, SM4
 * where required) comes with the issue on personal information.
 */
@Entity('complaint')
export class ComplaintEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 32 })
  trackingNumber: string;

  /** SHA-256 (hex) of the token handed out once; the token itself is never stored. */
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 100 })
  idempotencyKey: string;

  /** SHA-256 (hex) of the canonical input, to tell a retry from other content under the same key. */
  @Column({ type: 'varchar', length: 64 })
  contentHash: string;

  @Index()
  @Column({ type: 'varchar', length: 32 })
  category: ComplaintCategory;

  @Index()
  @Column({ type: 'varchar', length: 32 })
  status: ComplaintStatus;

  @Index()
  @Column({ type: 'varchar', length: 6 })
  region: string;

  @Index()
  @Column({ type: 'varchar', length: 18, nullable: true })
  uscc: string | null;

  @Column({ type: 'varchar', length: 200 })
  subjectName: string;

  @Column({ type: 'simple-json' })
  subjectIdentifiers: string[];

  @Column({ type: 'text' })
  content: string;

  @Column({ type: 'varchar', length: 100 })
  complainantName: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  complainantPhone: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  complainantEmail: string | null;

  @Column({ type: 'datetime', precision: 3 })
  submittedAt: Date;

  @Column({ type: 'datetime', precision: 3 })
  acceptDueAt: Date;
}
