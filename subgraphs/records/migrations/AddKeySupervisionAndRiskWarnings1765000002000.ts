import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columnsFor } from '../../kit/data/columns';

const toEntry = () => new TableForeignKey({ columnNames: ['entryId'], referencedTableName: 'ledger_entry', referencedColumnNames: ['id'], onDelete: 'RESTRICT' });

/** Key supervision of ledger entries (with its history) and the risk warning letters sent about them (issue 5, item 4). */
export class AddKeySupervisionAndRiskWarnings1765000002000 implements MigrationInterface {
  name = 'AddKeySupervisionAndRiskWarnings1765000002000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await queryRunner.createTable(new Table({
      name: 'key_supervision',
      columns: [
        c.id(), c.integer('entryId'), c.integer('currentOf', true), c.code('grade', 1), c.boolean('businessSuspended'), c.text('note', true), c.dateTime('since'), c.string('placedBy', 200),
        c.dateTime('endedAt', true), c.code('endKind', 16, true), c.string('endReason', 500, true), c.string('endedBy', 200, true),
      ],
      indices: [new TableIndex({ columnNames: ['entryId', 'endedAt'] }), new TableIndex({ columnNames: ['currentOf'], isUnique: true })],
      foreignKeys: [toEntry()],
    }));
    await queryRunner.createTable(new Table({
      name: 'risk_warning',
      columns: [
        c.id(), c.string('documentNumber', 100), c.string('documentKey', 100), c.string('recipient', 200), c.region('recipientRegion'), c.string('sector', 100),
        c.dateTime('sentAt'), c.string('sentBy', 200), c.code('senderRole', 32), c.code('senderRegion', 6, true),
      ],
      indices: [new TableIndex({ columnNames: ['documentKey'], isUnique: true })],
    }));
    await queryRunner.createTable(new Table({
      name: 'risk_warning_entry',
      columns: [c.id(), c.integer('warningId'), c.integer('entryId'), c.string('recipientKey', 220), c.dateTime('inLedgerSince'), c.date('dueOn')],
      indices: [
        new TableIndex({ columnNames: ['entryId', 'recipientKey', 'inLedgerSince'], isUnique: true }),
        new TableIndex({ columnNames: ['warningId'] }),
      ],
      foreignKeys: [
        toEntry(),
        new TableForeignKey({ columnNames: ['warningId'], referencedTableName: 'risk_warning', referencedColumnNames: ['id'], onDelete: 'RESTRICT' }),
      ],
    }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('risk_warning_entry');
    await queryRunner.dropTable('risk_warning');
    await queryRunner.dropTable('key_supervision');
  }
}
