import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columnsFor } from '../data/columns';

/** The audit log table; every subgraph lists this migration after its own. */
export class CreateAuditLog1764500000000 implements MigrationInterface {
  name = 'CreateAuditLog1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'audit_log',
        columns: [
          c.id(),
          c.dateTime('at'),
          c.string('actor', 200),
          c.code('role', 32),
          c.code('operation', 64),
          c.code('objectType', 64),
          c.code('objectId', 64),
          c.string('summary', 1000),
          c.string('clientAddress', 64, true),
        ],
        indices: [new TableIndex({ columnNames: ['objectType', 'objectId'] }), new TableIndex({ columnNames: ['at'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('audit_log');
  }
}
