import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columnsFor } from '../../kit/data/columns';

export class CreateInstitutions1764400000000 implements MigrationInterface {
  name = 'CreateInstitutions1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'institution',
        columns: [
          c.id(),
          c.uscc(),
          c.string('name', 200),
          c.string('legalRepresentative', 100),
          c.region(),
          c.code('industryCode', 8),
          c.code('businessStatus', 32),
          c.string('businessStatusReason', 500, true),
          c.dateTime('registeredAt'),
        ],
        indices: [
          new TableIndex({ columnNames: ['uscc'], isUnique: true }),
          new TableIndex({ columnNames: ['region'] }),
          new TableIndex({ columnNames: ['name'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'disclosure',
        columns: [
          c.id(),
          c.uscc(),
          c.integer('version'),
          c.text('basicInfo'),
          c.json('products'),
          c.text('otherInfo', true),
          c.dateTime('publishedAt'),
        ],
        indices: [new TableIndex({ columnNames: ['uscc', 'version'], isUnique: true })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'credit_commitment',
        columns: [
          c.id(),
          c.uscc(),
          c.text('text'),
          c.string('legalRepresentative', 100),
          c.dateTime('signedAt'),
          c.dateTime('publishedAt', true),
        ],
        indices: [new TableIndex({ columnNames: ['uscc'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('credit_commitment');
    await queryRunner.dropTable('disclosure');
    await queryRunner.dropTable('institution');
  }
}
