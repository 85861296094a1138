import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { personalData } from '../../kit/crypto/personalData';
import { stringListAsJson } from '../../kit/data/stringListAsJson';
import type { ComplaintCategory, ComplaintOutcome, ComplaintStatus, Severity } from '../generated/resolversTypes';

/**
 * A public complaint or report. The complainant's name, phone and email are personal data, and so
 * may be the subject when it has no USCC (a person, a chat account): all are stored encrypted
 * (the kit's personal-data cipher) and are in clear only in the code.
 */
@Entity('complaint')
/** The overdue list: still SUBMITTED past the due date. */
@Index('IDX_complaint_status_acceptDueAt', ['status', 'acceptDueAt'])
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

  /** The complainant's own words, which may name them: encrypted, in clear only for the handler (Complaint.content). */
  @Column({ type: 'text', transformer: personalData })
  content: string;

  /** Null for an anonymous complaint. */
  @Column({ type: 'text', nullable: true, transformer: personalData })
  complainantName: string | null;

  @Column({ type: 'text', nullable: true, transformer: personalData })
  complainantPhone: string | null;

  @Column({ type: 'text', nullable: true, transformer: personalData })
  complainantEmail: string | null;

  @Column({ type: 'datetime', precision: 3 })
  submittedAt: Date;

  @Column({ type: 'datetime', precision: 3 })
  acceptDueAt: Date;

  @Column({ type: 'varchar', length: 32, nullable: true })
  outcome: ComplaintOutcome | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  severity: Severity | null;

  /** The records id of the record a PUBLISHED_AS_DISHONESTY conclusion collected. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  recordId: string | null;

  /** The conclusion's text, as on the public timeline. */
  @Column({ type: 'text', nullable: true })
  conclusion: string | null;
}
