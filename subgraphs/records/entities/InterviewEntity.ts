import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A talk with a governance target (约谈) by the lead unit of `region`. */
@Entity('interview')
@Index(['uscc', 'region'])
export class InterviewEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 18 })
  uscc: string;

  @Column({ type: 'varchar', length: 6 })
  region: string;

  @Column({ type: 'varchar', length: 200 })
  conductedBy: string;

  @Column({ type: 'date' })
  conductedAt: string;

  @Column({ type: 'text' })
  summary: string;
}
