import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ServiceProduct } from '../generated/resolversTypes';

@Entity('disclosure')
@Index(['uscc', 'version'], { unique: true })
export class DisclosureEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 18 })
  uscc: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'text' })
  basicInfo: string;

  @Column({ type: 'simple-json' })
  products: ServiceProduct[];

  @Column({ type: 'text', nullable: true })
  otherInfo: string | null;

  @Column({ type: 'datetime', precision: 3 })
  publishedAt: Date;
}
