import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { LetterFinding } from '../generated/resolversTypes';

/** The recipient regulator's finding on one entity of a warning letter. */
@Entity('letter_feedback')
@Index(['letterId', 'uscc'], { unique: true })
export class LetterFeedbackEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  letterId: number;

  @Index()
  @Column({ type: 'varchar', length: 18 })
  uscc: string;

  @Column({ type: 'varchar', length: 32 })
  finding: LetterFinding;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note: string | null;

  @Column({ type: 'datetime', precision: 3 })
  recordedAt: Date;
}
