import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columnsFor } from '../../kit/data/columns';

const RECORDS = 'dishonesty_record';
const INTERVIEWS = 'interview';
const DUPLICATES = 'IDX_dishonesty_record_decision';
const STATUS_PUBLICITY = 'IDX_dishonesty_record_status_publicity';

/**
 * Copies every interview's `from` column into its `to` column through `convert`. Plain SQL with
 * escaped names: the entity (which knows only `units`) must not be involved.
 */
async function copyInterviewColumn(queryRunner: QueryRunner, from: string, to: string, convert: (value: string) => string): Promise<void> {
  const name = (identifier: string) => queryRunner.connection.driver.escape(identifier);
  const rows: { id: number; value: string }[] = await queryRunner.query(`SELECT ${name('id')} AS id, ${name(from)} AS value FROM ${name(INTERVIEWS)}`);
  for (const { id, value } of rows) {
    await queryRunner.query(`UPDATE ${name(INTERVIEWS)} SET ${name(to)} = ? WHERE ${name('id')} = ?`, [convert(value), id]);
  }
}

/** An interview's units (JSON) as the one name the column held before. */
function joinedUnits(units: string): string {
  const list: unknown = JSON.parse(units);
  return Array.isArray(list) ? list.map(String).join('、').slice(0, 200) : '';
}

const sameColumns = (index: TableIndex, columns: string[]) =>
  index.columnNames.length === columns.length && index.columnNames.every((name, i) => name === columns[i]);

/** Drops the unique index on exactly `columns` (created without a name, so found by its columns). */
async function dropUniqueIndexOn(queryRunner: QueryRunner, table: string, columns: string[]): Promise<void> {
  const found = (await queryRunner.getTable(table))?.indices.find((index) => index.isUnique && sameColumns(index, columns));
  if (found) await queryRunner.dropIndex(table, found);
}

/**
 * The records workflows (issue 4):
 * - a decision is a duplicate when the same authority's document number (brackets normalised) is
 *   recorded again about the same subject, whatever kind it is given (the unique index moves from
 *   kind + subject + number to subject + authority + number; a court's case number names several
 *   co-debtors, so the subject stays in it);
 * - statuses are read with the publicity end (EXPIRED is computed), so they are indexed together;
 * - revocation (revokeRecord) with the revoking decision;
 * - interviews held by one or more units: `units` (a JSON list) replaces `conductedBy`, each
 *   existing interview keeping its one unit.
 */
export class RecordsWorkflows1764600002000 implements MigrationInterface {
  name = 'RecordsWorkflows1764600002000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await dropUniqueIndexOn(queryRunner, RECORDS, ['kind', 'uscc', 'documentNumberKey']);
    await queryRunner.createIndex(RECORDS, new TableIndex({ name: DUPLICATES, columnNames: ['uscc', 'authority', 'documentNumberKey'], isUnique: true }));
    await queryRunner.createIndex(RECORDS, new TableIndex({ name: STATUS_PUBLICITY, columnNames: ['status', 'publicityEndsAt'] }));
    await queryRunner.addColumns(RECORDS, [
      new TableColumn(c.dateTime('revokedAt', true)),
      new TableColumn(c.text('revocationReason', true)),
      new TableColumn(c.string('revocationDocumentNumber', 100, true)),
      new TableColumn(c.date('revocationDecidedAt', true)),
    ]);

    await queryRunner.addColumn(INTERVIEWS, new TableColumn(c.json('units', true)));
    await copyInterviewColumn(queryRunner, 'conductedBy', 'units', (conductedBy) => JSON.stringify([conductedBy]));
    await queryRunner.dropColumn(INTERVIEWS, 'conductedBy');
    await queryRunner.changeColumn(INTERVIEWS, 'units', new TableColumn(c.json('units')));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await queryRunner.addColumn(INTERVIEWS, new TableColumn(c.string('conductedBy', 200, true)));
    await copyInterviewColumn(queryRunner, 'units', 'conductedBy', joinedUnits);
    await queryRunner.dropColumn(INTERVIEWS, 'units');
    await queryRunner.changeColumn(INTERVIEWS, 'conductedBy', new TableColumn(c.string('conductedBy', 200)));

    for (const column of ['revocationDecidedAt', 'revocationDocumentNumber', 'revocationReason', 'revokedAt']) await queryRunner.dropColumn(RECORDS, column);
    await queryRunner.dropIndex(RECORDS, STATUS_PUBLICITY);
    await queryRunner.dropIndex(RECORDS, DUPLICATES);
    await queryRunner.createIndex(RECORDS, new TableIndex({ columnNames: ['kind', 'uscc', 'documentNumberKey'], isUnique: true }));
  }
}
