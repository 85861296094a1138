import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columnsFor } from '../../kit/data/columns';

const TABLE = 'dishonesty_record';

/**
 * Records another agency collects (complaints: clues, false disclosures and commitment breaches
 * found on complaints) carry that agency's key, unique so that retries find the first record,
 * and the industry regulator's finding on a clue.
 */
export class AddAgencyRecordSources1764600001000 implements MigrationInterface {
  name = 'AddAgencyRecordSources1764600001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await queryRunner.addColumns(TABLE, [
      new TableColumn(c.string('sourceKey', 200, true)),
      new TableColumn(c.code('sourceInputHash', 64, true)),
      new TableColumn(c.code('finding', 16, true)),
      new TableColumn(c.string('findingBy', 200, true)),
      new TableColumn(c.text('findingNote', true)),
      new TableColumn(c.dateTime('findingAt', true)),
    ]);
    await queryRunner.createIndex(TABLE, new TableIndex({ name: 'IDX_dishonesty_record_sourceKey', columnNames: ['sourceKey'], isUnique: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex(TABLE, 'IDX_dishonesty_record_sourceKey');
    for (const column of ['findingAt', 'findingNote', 'findingBy', 'finding', 'sourceInputHash', 'sourceKey']) await queryRunner.dropColumn(TABLE, column);
  }
}
