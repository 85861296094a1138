import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { personalData } from '../../kit/crypto/personalData';
import { stringListAsJson } from '../../kit/data/stringListAsJson';
import type { ComplaintCategory, ComplaintStatus } from '../generated/resolversTypes';

/**
 * A public complaint or report. The complainant's name, phone and email are personal data, and so
 * may be the subject when it has no USCC (a person, a chat account): all are stored encrypted
 * (the kit's personal-data cipher) and are in clear only in the code.
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

  /** HMAC-SHA256 (hex) of the canonical input, to tell a retry from other content under the same key (keyed, so it reveals no personal data). */
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

  @Column({ type: 'text', transformer: personalData })
  subjectName: string;

  @Column({ type: 'text', transformer: [stringListAsJson, personalData] })
  subjectIdentifiers: string[];

  @Column({ type: 'text' })
  content: string;

  @Column({ type: 'text', transformer: personalData })
  complainantName: string;

  @Column({ type: 'text', nullable: true, transformer: personalData })
  complainantPhone: string | null;

  @Column({ type: 'text', nullable: true, transformer: personalData })
  complainantEmail: string | null;

  @Column({ type: 'datetime', precision: 3 })
  submittedAt: Date;

  @Column({ type: 'datetime', precision: 3 })
  acceptDueAt: Date;
}
