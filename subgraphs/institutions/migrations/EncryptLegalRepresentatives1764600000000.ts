import { TableColumn, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';
import { personalDataCipher } from '../../kit/crypto/personalData';
import { columnsFor } from '../../kit/data/columns';

const TABLES = ['institution', 'credit_commitment'];
const COLUMN = 'legalRepresentative';
const STAGING = 'legalRepresentativeRewritten';

/**
 * Rewrites every value of `legalRepresentative` in `table` through `rewrite` into a column of
 * type `target`. TypeORM changes a column's type on MySQL by dropping and re-adding it (losing
 * its values), so the values go through a staging column: add it, fill it, drop the old one,
 * rename the staging column.
 */
async function rewriteColumn(queryRunner: QueryRunner, table: string, target: TableColumnOptions, rewrite: (value: string) => string): Promise<void> {
  await queryRunner.addColumn(table, new TableColumn({ ...target, name: STAGING, isNullable: true }));
  const rows = await queryRunner.manager
    .createQueryBuilder()
    .select('t.id', 'id')
    .addSelect(`t.${COLUMN}`, 'value')
    .from(table, 't')
    .getRawMany<{ id: number; value: string }>();
  // By hand rather than with an update query builder, which would map the table to today's entity (without the staging column).
  const { driver } = queryRunner.connection;
  const update = `UPDATE ${driver.escape(table)} SET ${driver.escape(STAGING)} = ? WHERE ${driver.escape('id')} = ?`;
  for (const { id, value } of rows) await queryRunner.query(update, [rewrite(value), id]);
  await queryRunner.dropColumn(table, COLUMN);
  await queryRunner.changeColumn(table, STAGING, new TableColumn({ ...target, name: COLUMN, isNullable: false }));
}

/**
 * The legal representative's name is personal data (DESIGN.md §2): stored encrypted from now on.
 * Ciphertext is longer than the 100 characters the name had, so the columns become `text`, and
 * the names already stored are encrypted.
 */
export class EncryptLegalRepresentatives1764600000000 implements MigrationInterface {
  name = 'EncryptLegalRepresentatives1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const cipher = personalDataCipher();
    for (const table of TABLES) {
      await rewriteColumn(queryRunner, table, columnsFor(queryRunner).text(COLUMN), (name) => cipher.encrypt(name));
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const cipher = personalDataCipher();
    for (const table of TABLES) {
      await rewriteColumn(queryRunner, table, columnsFor(queryRunner).string(COLUMN, 100), (stored) => cipher.decrypt(stored));
    }
  }
}
