import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columnsFor } from '../../kit/data/columns';

export class CreateRecords1764400001000 implements MigrationInterface {
  name = 'CreateRecords1764400001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'dishonesty_record',
        columns: [
          c.id(),
          c.uscc('uscc', true),
          c.string('subjectName', 200),
          c.json('subjectIdentifiers'),
          c.region(),
          c.code('kind', 32),
          c.code('severity', 16),
          c.string('authority', 200),
          c.string('documentNumber', 100, true),
          c.string('documentNumberKey', 100, true),
          c.date('decidedAt'),
          c.date('publicityEndsAt', true),
          c.code('status', 16),
          c.text('summary'),
          c.dateTime('recordedAt'),
        ],
        indices: [
          new TableIndex({ columnNames: ['uscc', 'region'] }),
          new TableIndex({ columnNames: ['region'] }),
          new TableIndex({ columnNames: ['kind'] }),
          new TableIndex({ columnNames: ['status'] }),
          new TableIndex({ columnNames: ['kind', 'uscc', 'documentNumberKey'], isUnique: true }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'interview',
        columns: [
          c.id(),
          c.uscc(),
          c.region(),
          c.string('conductedBy', 200),
          c.date('conductedAt'),
          c.text('summary'),
        ],
        indices: [new TableIndex({ columnNames: ['uscc', 'region'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'ledger_entry',
        columns: [
          c.id(),
          c.uscc(),
          c.region(),
          c.string('subjectName', 200),
          c.code('status', 16),
          c.string('exclusionReason', 500, true),
          c.dateTime('addedAt'),
          c.dateTime('exitedAt', true),
        ],
        indices: [
          new TableIndex({ columnNames: ['uscc', 'region'], isUnique: true }),
          new TableIndex({ columnNames: ['region'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('ledger_entry');
    await queryRunner.dropTable('interview');
    await queryRunner.dropTable('dishonesty_record');
  }
}
