import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columnsFor } from '../../kit/data/columns';

/**
 * Monthly ledger reports (issue 5, item 6): a report per region, period and version, and its
 * rows, the snapshot of the ledger's Annex 1 facts at submission. Neither table is ever updated.
 */
export class AddLedgerReports1765000003000 implements MigrationInterface {
  name = 'AddLedgerReports1765000003000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'ledger_report',
        columns: [
          c.id(),
          c.region(),
          c.code('period', 7),
          c.integer('version'),
          c.dateTime('submittedAt'),
          c.string('submittedBy', 200),
          c.dateTime('dueAt'),
          c.boolean('late'),
          c.text('note', true),
          c.integer('entryCount'),
        ],
        indices: [
          new TableIndex({ name: 'IDX_ledger_report_version', columnNames: ['region', 'period', 'version'], isUnique: true }),
          new TableIndex({ name: 'IDX_ledger_report_period', columnNames: ['period', 'region'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'ledger_report_row',
        columns: [c.id(), c.integer('reportId'), c.integer('serial'), c.integer('entryId'), c.uscc(), c.region(), c.json('facts')],
        indices: [new TableIndex({ name: 'IDX_ledger_report_row_serial', columnNames: ['reportId', 'serial'], isUnique: true })],
        foreignKeys: [
          new TableForeignKey({ columnNames: ['reportId'], referencedTableName: 'ledger_report', referencedColumnNames: ['id'], onDelete: 'RESTRICT' }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('ledger_report_row');
    await queryRunner.dropTable('ledger_report');
  }
}
