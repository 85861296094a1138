import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { stringListAsJson } from '../../kit/data/stringListAsJson';

/** A talk with a governance target (约谈), held by one or more units and recorded by the lead unit of `region`. */
@Entity('interview')
@Index(['uscc', 'region'])
export class InterviewEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 18 })
  uscc: string;

  @Column({ type: 'varchar', length: 6 })
  region: string;

  /** The units that held it, in the order given (at least one). */
  @Column({ type: 'text', transformer: stringListAsJson })
  units: string[];

  @Column({ type: 'date' })
  conductedAt: string;

  @Column({ type: 'text' })
  summary: string;
}
