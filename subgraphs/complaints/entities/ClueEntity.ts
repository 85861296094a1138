import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { personalData } from '../../kit/crypto/personalData';
import { stringListAsJson } from '../../kit/data/stringListAsJson';

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

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'datetime', precision: 3 })
  reportedAt: Date;

  @Index()
  @Column({ type: 'integer', nullable: true })
  complaintId: number | null;

  @Index()
  @Column({ type: 'integer', nullable: true })
  warningLetterId: number | null;
}
