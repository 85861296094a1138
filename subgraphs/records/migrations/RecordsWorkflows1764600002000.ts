import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columnsFor } from '../../kit/data/columns';

const RECORDS = 'dishonesty_record';
const INTERVIEWS = 'interview';
const DUPLICATES = 'IDX_dishonesty_record_decision';
const STATUS_PUBLICITY = 'IDX_dishonesty_record_status_publicity';

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
    const interviews: { id: number; conductedBy: string }[] = await queryRunner.manager
      .createQueryBuilder()
      .select('i.id', 'id')
      .addSelect('i.conductedBy', 'conductedBy')
      .from(INTERVIEWS, 'i')
      .getRawMany();
    for (const { id, conductedBy } of interviews) {
      await queryRunner.manager.createQueryBuilder().update(INTERVIEWS).set({ units: JSON.stringify([conductedBy]) }).where('id = :id', { id }).execute();
    }
    await queryRunner.dropColumn(INTERVIEWS, 'conductedBy');
    await queryRunner.changeColumn(INTERVIEWS, 'units', new TableColumn(c.json('units')));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await queryRunner.addColumn(INTERVIEWS, new TableColumn(c.string('conductedBy', 200, true)));
    const interviews: { id: number; units: string }[] = await queryRunner.manager
      .createQueryBuilder()
      .select('i.id', 'id')
      .addSelect('i.units', 'units')
      .from(INTERVIEWS, 'i')
      .getRawMany();
    for (const { id, units } of interviews) {
      const list: unknown = JSON.parse(units);
      const joined = Array.isArray(list) ? list.map(String).join('、').slice(0, 200) : '';
      await queryRunner.manager.createQueryBuilder().update(INTERVIEWS).set({ conductedBy: joined }).where('id = :id', { id }).execute();
    }
    await queryRunner.dropColumn(INTERVIEWS, 'units');
    await queryRunner.changeColumn(INTERVIEWS, 'conductedBy', new TableColumn(c.string('conductedBy', 200)));

    for (const column of ['revocationDecidedAt', 'revocationDocumentNumber', 'revocationReason', 'revokedAt']) await queryRunner.dropColumn(RECORDS, column);
    await queryRunner.dropIndex(RECORDS, STATUS_PUBLICITY);
    await queryRunner.dropIndex(RECORDS, DUPLICATES);
    await queryRunner.createIndex(RECORDS, new TableIndex({ columnNames: ['kind', 'uscc', 'documentNumberKey'], isUnique: true }));
  }
}
