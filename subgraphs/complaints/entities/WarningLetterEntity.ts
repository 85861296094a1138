import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A warning letter (提示函, Annex 3) from a lead unit to an industry regulator. */
@Entity('warning_letter')
export class WarningLetterEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 100 })
  documentNumber: string;

  /** The document number with its brackets normalised (normalizeDocumentNumber), unique. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 100 })
  documentNumberKey: string;

  @Index()
  @Column({ type: 'varchar', length: 6 })
  region: string;

  @Column({ type: 'varchar', length: 200 })
  issuingUnit: string;

  @Column({ type: 'varchar', length: 200 })
  recipient: string;

  @Index()
  @Column({ type: 'varchar', length: 6 })
  recipientRegion: string;

  @Index()
  @Column({ type: 'varchar', length: 100 })
  sector: string;

  @Column({ type: 'datetime', precision: 3 })
  issuedAt: Date;

  @Column({ type: 'varchar', length: 100 })
  contactName: string;

  @Column({ type: 'varchar', length: 32 })
  contactPhone: string;
}
