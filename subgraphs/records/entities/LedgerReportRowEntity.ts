import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One row (one ledger entry with its Annex 1 facts) of a monthly report, as the facts stood when
 * the report was submitted. Written once with its report and never changed.
 */
@Entity('ledger_report_row')
@Index('IDX_ledger_report_row_serial', ['reportId', 'serial'], { unique: true })
export class LedgerReportRowEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  reportId: number;

  /** 序号: the row's place in the report, from 1. */
  @Column({ type: 'integer' })
  serial: number;

  /** The ledger entry the row was taken from. */
  @Column({ type: 'integer' })
  entryId: number;

  @Column({ type: 'varchar', length: 18 })
  uscc: string;

  @Column({ type: 'varchar', length: 6 })
  region: string;

  /** The Annex 1 facts of the row (the kit's ledger row), as JSON. */
  @Column({ type: 'text' })
  facts: string;
}
