import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A risk warning letter (风险提示函, seed 二（三）) sent to a regulator about one or more ledger entries. */
@Entity('risk_warning')
export class RiskWarningEntity {
  @PrimaryGeneratedColumn()
  id: number;

  /** 文号 as given. */
  @Column({ type: 'varchar', length: 100 })
  documentNumber: string;

  /** The document number with its brackets normalised: one letter per number. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 100 })
  documentKey: string;

  /** The regulator it went to (e.g. 长沙市芙蓉区市场监督管理局). */
  @Column({ type: 'varchar', length: 200 })
  recipient: string;

  @Column({ type: 'varchar', length: 6 })
  recipientRegion: string;

  /** The recipient's sector (行业), e.g. 市场监管. */
  @Column({ type: 'varchar', length: 100 })
  sector: string;

  @Column({ type: 'datetime', precision: 3 })
  sentAt: Date;

  @Column({ type: 'varchar', length: 200 })
  sentBy: string;

  @Column({ type: 'varchar', length: 32 })
  senderRole: string;

  /** The sending lead unit's region (null for the national regulator). */
  @Column({ type: 'varchar', length: 6, nullable: true })
  senderRegion: string | null;
}
