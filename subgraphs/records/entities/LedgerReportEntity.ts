import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A region's monthly report of its ledger (seed 二（一）: 每月第5个工作日前……上报) for `period`
 * (YYYY-MM). Never changed once stored: a correction is a new version of the same region and
 * period (the highest version is the current one), so that what was reported when stays known.
 */
@Entity('ledger_report')
@Index('IDX_ledger_report_version', ['region', 'period', 'version'], { unique: true })
@Index('IDX_ledger_report_period', ['period', 'region'])
export class LedgerReportEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 6 })
  region: string;

  @Column({ type: 'varchar', length: 7 })
  period: string;

  /** 1 for the first report of the region and period, then one more for each correction. */
  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'datetime', precision: 3 })
  submittedAt: Date;

  /** The lead unit's account that submitted it. */
  @Column({ type: 'varchar', length: 200 })
  submittedBy: string;

  /** The end of the 5th working day of the month after the period (Asia/Shanghai), as the calendar had it at submission. */
  @Column({ type: 'datetime', precision: 3 })
  dueAt: Date;

  @Column({ type: 'boolean' })
  late: boolean;

  /** Why a correction was submitted (required from version 2 on). */
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'integer' })
  entryCount: number;
}
