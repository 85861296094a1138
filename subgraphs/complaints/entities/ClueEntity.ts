import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { personalData } from '../../kit/crypto/personalData';
import { stringListAsJson } from '../../kit/data/stringListAsJson';
import type { LetterFinding } from '../generated/resolversTypes';

/**
 * An impersonation clue; a subject without a USCC is known by its name and identifiers, which may
 * name a person, so both are stored encrypted.
 */
@Entity('impersonation_clue')
export class ClueEntity {
  @PrimaryGeneratedColumn()
  id: number;

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

  /** A complaint's clue copies the complaint's text (personal data), so every description is stored encrypted. */
  @Column({ type: 'text', transformer: personalData })
  description: string;

  @Column({ type: 'datetime', precision: 3 })
  reportedAt: Date;

  @Index()
  @Column({ type: 'integer', nullable: true })
  complaintId: number | null;

  @Index()
  @Column({ type: 'integer', nullable: true })
  warningLetterId: number | null;

  /** The records id of its IMPERSONATION_CLUE record (sourceKey clue:<id>); null until collected (and for demo clues, whose records were seeded there). */
  @Column({ type: 'varchar', length: 64, nullable: true })
  recordId: string | null;

  /**
   * When it became a clue to collect (its complaint accepted, or a lead unit recorded it); its
   * collection waits in the outbox until records has it. Null for a clue of a complaint not accepted.
   */
  @Column({ type: 'datetime', precision: 3, nullable: true })
  acceptedAt: Date | null;

  /** When records stored it as a record; null until then (not accepted, or still in the outbox). */
  @Column({ type: 'datetime', precision: 3, nullable: true })
  collectedAt: Date | null;

  /** The industry regulator's finding; UNFOUNDED means refuted. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  finding: LetterFinding | null;

  /** Where a clue recorded by a lead unit came from (null for a complaint's clue). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  source: string | null;
}
