import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columnsFor } from '../../kit/data/columns';

export class CreateRepair1764400000000 implements MigrationInterface {
  name = 'CreateRepair1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'repair_case',
        columns: [
          c.id(),
          c.integer('recordId'),
          c.uscc(),
          c.region(),
          c.code('status', 32),
          c.text('statement'),
          c.dateTime('appliedAt'),
          c.dateTime('decisionDueAt'),
          c.dateTime('decidedAt', true),
          c.text('decisionNote', true),
        ],
        indices: [
          new TableIndex({ columnNames: ['recordId'] }),
          new TableIndex({ columnNames: ['uscc', 'status'] }),
          new TableIndex({ columnNames: ['region'] }),
          new TableIndex({ columnNames: ['status'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'confirmation_request',
        columns: [
          c.id(),
          c.integer('repairCaseId'),
          c.string('authority', 100),
          c.code('caseNumber', 64, true),
          c.code('kind', 32),
          c.code('status', 16),
          c.dateTime('requestedAt'),
          c.dateTime('answeredAt', true),
          c.text('answerNote', true),
        ],
        indices: [
          new TableIndex({ columnNames: ['repairCaseId'] }),
          new TableIndex({ columnNames: ['authority', 'status'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('confirmation_request');
    await queryRunner.dropTable('repair_case');
  }
}
