import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { RepairDocumentKind } from '../generated/resolversTypes';

/** A document given with a repair application (a reference to it, not the file). */
@Entity('repair_document')
export class RepairDocumentEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'integer' })
  repairCaseId: number;

  @Column({ type: 'varchar', length: 32 })
  kind: RepairDocumentKind;

  @Column({ type: 'varchar', length: 200 })
  reference: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  title: string | null;

  @Column({ type: 'datetime', precision: 3 })
  submittedAt: Date;
}
