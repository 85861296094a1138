import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { personalData } from '../../kit/crypto/personalData';
import { stringListAsJson } from '../../kit/data/stringListAsJson';
import type { LetterFinding, RecordKind, RecordStatus, Severity } from '../generated/resolversTypes';

/**
 * A dishonesty record (失信记录); `uscc` is null for a clue whose subject has no USCC. The subject's
 * name and identifiers name an individual in such a clue, so they are stored encrypted (for every
 * record, since a column has one format) and cannot be searched in SQL.
 */
@Entity('dishonesty_record')
@Index(['uscc', 'region'])
// One decision is recorded once: the same authority's document number (brackets normalised) about the same subject.
@Index(['uscc', 'authority', 'documentNumberKey'], { unique: true })
@Index(['status', 'publicityEndsAt'])
export class DishonestyRecordEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 18, nullable: true })
  uscc: string | null;

  @Column({ type: 'text', transformer: personalData })
  subjectName: string;

  @Column({ type: 'text', transformer: [stringListAsJson, personalData] })
  subjectIdentifiers: string[];

  @Index()
  @Column({ type: 'varchar', length: 6 })
  region: string;

  @Index()
  @Column({ type: 'varchar', length: 32 })
  kind: RecordKind;

  @Column({ type: 'varchar', length: 16 })
  severity: Severity;

  @Column({ type: 'varchar', length: 200 })
  authority: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  documentNumber: string | null;

  /** The document number with its brackets normalised, for finding duplicates. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  documentNumberKey: string | null;

  @Column({ type: 'date' })
  decidedAt: string;

  @Column({ type: 'date', nullable: true })
  publicityEndsAt: string | null;

  @Index()
  @Column({ type: 'varchar', length: 16 })
  status: RecordStatus;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'datetime', precision: 3 })
  recordedAt: Date;

  /**
   * For a record another agency collected (collectAgencyRecord): its key there, e.g. `clue:12`.
   * Unique, so that a retry (also a concurrent one) finds the record stored first.
   */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  sourceKey: string | null;

  /** SHA-256 of the input stored under `sourceKey`: the same key with other input is a CONFLICT. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  sourceInputHash: string | null;

  /** The industry regulator's finding on a clue (recordClueFinding). */
  @Column({ type: 'varchar', length: 16, nullable: true })
  finding: LetterFinding | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  findingBy: string | null;

  @Column({ type: 'text', nullable: true })
  findingNote: string | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  findingAt: Date | null;

  /** When the record was revoked (revokeRecord), and by which decision. */
  @Column({ type: 'datetime', precision: 3, nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  revocationReason: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  revocationDocumentNumber: string | null;

  @Column({ type: 'date', nullable: true })
  revocationDecidedAt: string | null;
}
