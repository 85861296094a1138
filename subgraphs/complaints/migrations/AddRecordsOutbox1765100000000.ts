import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columnsFor } from '../../kit/data/columns';

/**
 * The outbox of writes to records (review of issue 4, findings 1–3, 6), and when a clue became
 * one to collect (`acceptedAt`: its complaint accepted or a lead unit recorded it), which counts
 * for allCluesSentOn before records has it. Clues collected already were accepted then.
 */
export class AddRecordsOutbox1765100000000 implements MigrationInterface {
  name = 'AddRecordsOutbox1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'records_outbox',
        columns: [
          c.id(),
          c.code('operation', 32),
          c.code('sourceKey', 64),
          c.text('variables'),
          c.code('status', 16),
          c.integer('attempts'),
          c.dateTime('nextAttemptAt', true),
          c.text('lastError', true),
          c.dateTime('createdAt'),
          c.dateTime('deliveredAt', true),
          c.code('recordId', 64, true),
        ],
        indices: [
          new TableIndex({ columnNames: ['operation', 'sourceKey'], isUnique: true }),
          new TableIndex({ columnNames: ['status', 'id'] }),
          new TableIndex({ columnNames: ['sourceKey', 'id'] }),
        ],
      }),
    );
    const clue = await queryRunner.getTable('impersonation_clue');
    if (!clue?.findColumnByName('acceptedAt')) await queryRunner.addColumn('impersonation_clue', new TableColumn(c.dateTime('acceptedAt', true)));
    await queryRunner.manager.createQueryBuilder().update('impersonation_clue').set({ acceptedAt: () => 'collectedAt' }).where('collectedAt IS NOT NULL').execute();
  }

  /** On SQLite the added column stays (see AddComplaintHandling1764800000000.down); `up` adds it only when missing. */
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('records_outbox');
    if (queryRunner.connection.options.type === 'mysql') await queryRunner.dropColumn('impersonation_clue', 'acceptedAt');
  }
}
