import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { personalDataCipher } from '../../kit/crypto/personalData';
import { columnsFor } from '../../kit/data/columns';

const TABLE = 'dishonesty_record';
const BATCH = 500;

interface StoredSubject {
  id: number;
  subjectName: string;
  subjectIdentifiers: string;
}

/**
 * Rewrites every record's subject name (from column `from` into column `to`) and identifiers with
 * `rewrite`, in batches by id. Plain SQL: the entity's transformers must not touch these values.
 */
async function rewriteSubjects(queryRunner: QueryRunner, from: string, to: string, rewrite: (value: string) => string): Promise<void> {
  const name = (identifier: string) => queryRunner.connection.driver.escape(identifier);
  const select = `SELECT ${name('id')} AS id, ${name(from)} AS subjectName, ${name('subjectIdentifiers')} AS subjectIdentifiers FROM ${name(TABLE)} WHERE ${name('id')} > ? ORDER BY ${name('id')} LIMIT ${BATCH}`;
  const update = `UPDATE ${name(TABLE)} SET ${name(to)} = ?, ${name('subjectIdentifiers')} = ? WHERE ${name('id')} = ?`;
  let after = 0;
  for (;;) {
    const rows: StoredSubject[] = await queryRunner.query(select, [after]);
    for (const row of rows) await queryRunner.query(update, [rewrite(row.subjectName), rewrite(row.subjectIdentifiers), row.id]);
    if (rows.length < BATCH) return;
    after = Number(rows[rows.length - 1].id);
  }
}

/**
 * A record's subject names an individual when it is a clue without a USCC: the subject's name and
 * identifiers are stored encrypted from now on (personalData), for every record since a column
 * has one format. The ciphertext is longer than a 200-character name, so the name becomes text:
 * through a new column, since MySQL's change of a column's type drops its data.
 */
export class EncryptRecordSubjects1764500001000 implements MigrationInterface {
  name = 'EncryptRecordSubjects1764500001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    const cipher = personalDataCipher();
    await queryRunner.addColumn(TABLE, new TableColumn(c.text('sealedSubjectName', true)));
    await rewriteSubjects(queryRunner, 'subjectName', 'sealedSubjectName', (value) => cipher.encrypt(value));
    await queryRunner.dropColumn(TABLE, 'subjectName');
    await queryRunner.renameColumn(TABLE, 'sealedSubjectName', 'subjectName');
    await queryRunner.changeColumn(TABLE, 'subjectName', new TableColumn(c.text('subjectName')));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    const cipher = personalDataCipher();
    await queryRunner.addColumn(TABLE, new TableColumn(c.string('clearSubjectName', 200, true)));
    await rewriteSubjects(queryRunner, 'subjectName', 'clearSubjectName', (value) => cipher.decrypt(value));
    await queryRunner.dropColumn(TABLE, 'subjectName');
    await queryRunner.renameColumn(TABLE, 'clearSubjectName', 'subjectName');
    await queryRunner.changeColumn(TABLE, 'subjectName', new TableColumn(c.string('subjectName', 200)));
  }
}
