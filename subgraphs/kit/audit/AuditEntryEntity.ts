import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One change by a person (or a personal-data read in clear), in the subgraph that owns the data. */
@Entity('audit_log')
export class AuditEntryEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'datetime', precision: 3 })
  at: Date;

  @Column({ type: 'varchar', length: 200 })
  actor: string;

  @Column({ type: 'varchar', length: 32 })
  role: string;

  @Column({ type: 'varchar', length: 64 })
  operation: string;

  @Column({ type: 'varchar', length: 64 })
  objectType: string;

  @Column({ type: 'varchar', length: 64 })
  objectId: string;

  @Column({ type: 'varchar', length: 1000 })
  summary: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  clientAddress: string | null;
}
