import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A ledger entry named in a risk warning letter. One per entry, recipient and stay in the ledger
 * (`inLedgerSince`: when the entry last entered or came back): the same regulator is warned about
 * the same entry again only after it came back with a new record (unique index, also under races).
 */
@Entity('risk_warning_entry')
@Index(['entryId', 'recipientKey', 'inLedgerSince'], { unique: true })
@Index(['warningId'])
export class RiskWarningEntryEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  warningId: number;

  @Column({ type: 'integer' })
  entryId: number;

  /** recipientRegion + recipient, spaces removed. */
  @Column({ type: 'varchar', length: 220 })
  recipientKey: string;

  @Column({ type: 'datetime', precision: 3 })
  inLedgerSince: Date;

  /** The day the entry became due a warning (configured period from inLedgerSince). */
  @Column({ type: 'date' })
  dueOn: string;
}
