import type { MigrationInterface, QueryRunner } from 'typeorm';
import { personalDataCipher } from '../../kit/crypto/personalData';

/**
 * The tables and text columns that hold what a complainant wrote (a complaint's clue copies it),
 * each with its UPDATE as plain SQL: the query builder would pass the value through the entity's
 * transformer and encrypt it a second time.
 */
const COLUMNS = [
  { table: 'complaint', column: 'content', update: 'UPDATE complaint SET content = ? WHERE id = ?' },
  { table: 'impersonation_clue', column: 'description', update: 'UPDATE impersonation_clue SET description = ? WHERE id = ?' },
] as const;

async function rewrite(queryRunner: QueryRunner, change: (value: string) => string): Promise<void> {
  for (const { table, column, update } of COLUMNS) {
    const rows: unknown = await queryRunner.manager.createQueryBuilder().select(['t.id AS id', `t.${column} AS value`]).from(table, 't').getRawMany();
    if (!Array.isArray(rows)) throw new Error(`${table}: rows are not a list`);
    for (const row of rows) {
      const id: unknown = Reflect.get(row, 'id');
      const value: unknown = Reflect.get(row, 'value');
      if (typeof value !== 'string') throw new Error(`${table}.${column} of row ${String(id)} is not text`);
      await queryRunner.query(update, [change(value), id]);
    }
  }
}

/**
 * A complaint's text (and the description of the clue it gives rise to) is the complainant's own
 * words and may name them (review of issue 4, finding 5): stored encrypted like the complainant
 * from now on. Both columns are `text` already; the values stored are encrypted (or, undone,
 * decrypted).
 */
export class EncryptComplaintText1765200000000 implements MigrationInterface {
  name = 'EncryptComplaintText1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const cipher = personalDataCipher();
    await rewrite(queryRunner, (value) => cipher.encrypt(value));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const cipher = personalDataCipher();
    await rewrite(queryRunner, (value) => cipher.decrypt(value));
  }
}
