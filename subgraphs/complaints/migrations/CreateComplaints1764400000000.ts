import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columnsFor } from '../../kit/data/columns';

const references = (column: string, table: string) =>
  new TableForeignKey({ columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete: 'RESTRICT' });

export class CreateComplaints1764400000000 implements MigrationInterface {
  name = 'CreateComplaints1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'complaint',
        columns: [
          c.id(),
          c.code('trackingNumber', 32),
          c.code('tokenHash', 64),
          c.code('idempotencyKey', 100),
          c.code('contentHash', 64),
          c.code('category', 32),
          c.code('status', 32),
          c.region(),
          c.uscc('uscc', true),
          c.string('subjectName', 200),
          c.json('subjectIdentifiers'),
          c.text('content'),
          c.string('complainantName', 100),
          c.string('complainantPhone', 32, true),
          c.string('complainantEmail', 254, true),
          c.dateTime('submittedAt'),
          c.dateTime('acceptDueAt'),
        ],
        indices: [
          new TableIndex({ columnNames: ['trackingNumber'], isUnique: true }),
          new TableIndex({ columnNames: ['idempotencyKey'], isUnique: true }),
          new TableIndex({ columnNames: ['category'] }),
          new TableIndex({ columnNames: ['status'] }),
          new TableIndex({ columnNames: ['region'] }),
          new TableIndex({ columnNames: ['uscc'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'complaint_event',
        columns: [c.id(), c.integer('complaintId'), c.code('status', 32), c.dateTime('at'), c.string('note', 1000, true)],
        indices: [new TableIndex({ columnNames: ['complaintId'] })],
        foreignKeys: [references('complaintId', 'complaint')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'warning_letter',
        columns: [
          c.id(),
          c.string('documentNumber', 100),
          c.code('documentNumberKey', 100),
          c.region(),
          c.string('issuingUnit', 200),
          c.string('recipient', 200),
          c.region('recipientRegion'),
          c.string('sector', 100),
          c.dateTime('issuedAt'),
          c.string('contactName', 100),
          c.code('contactPhone', 32),
        ],
        indices: [
          new TableIndex({ columnNames: ['documentNumberKey'], isUnique: true }),
          new TableIndex({ columnNames: ['region'] }),
          new TableIndex({ columnNames: ['recipientRegion'] }),
          new TableIndex({ columnNames: ['sector'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'impersonation_clue',
        columns: [
          c.id(),
          c.region(),
          c.uscc('uscc', true),
          c.string('subjectName', 200),
          c.json('subjectIdentifiers'),
          c.text('description'),
          c.dateTime('reportedAt'),
          c.integer('complaintId', true),
          c.integer('warningLetterId', true),
        ],
        indices: [
          new TableIndex({ columnNames: ['region'] }),
          new TableIndex({ columnNames: ['uscc'] }),
          new TableIndex({ columnNames: ['complaintId'] }),
          new TableIndex({ columnNames: ['warningLetterId'] }),
        ],
        foreignKeys: [references('complaintId', 'complaint'), references('warningLetterId', 'warning_letter')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'letter_feedback',
        columns: [
          c.id(),
          c.integer('letterId'),
          c.uscc(),
          c.code('finding', 32),
          c.string('note', 1000, true),
          c.dateTime('recordedAt'),
        ],
        indices: [
          new TableIndex({ columnNames: ['letterId', 'uscc'], isUnique: true }),
          new TableIndex({ columnNames: ['uscc'] }),
        ],
        foreignKeys: [references('letterId', 'warning_letter')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('letter_feedback');
    await queryRunner.dropTable('impersonation_clue');
    await queryRunner.dropTable('warning_letter');
    await queryRunner.dropTable('complaint_event');
    await queryRunner.dropTable('complaint');
  }
}
