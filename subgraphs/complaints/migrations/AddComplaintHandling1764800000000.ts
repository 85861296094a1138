import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';
import { columnsFor } from '../../kit/data/columns';

const INDEX = 'IDX_complaint_status_acceptDueAt';

/** Adds the columns a table lacks (on SQLite a reverted migration leaves them, see `down`). */
async function addMissingColumns(queryRunner: QueryRunner, tableName: string, columns: TableColumnOptions[]): Promise<void> {
  const table = await queryRunner.getTable(tableName);
  const missing = columns.filter((column) => !table?.findColumnByName(column.name));
  if (missing.length) await queryRunner.addColumns(tableName, missing.map((options) => new TableColumn(options)));
}

async function setComplainantNameNullable(queryRunner: QueryRunner, isNullable: boolean): Promise<void> {
  const complaint = await queryRunner.getTable('complaint');
  const complainantName = complaint?.findColumnByName('complainantName');
  if (!complainantName) throw new Error('complaint.complainantName is missing');
  if (complainantName.isNullable === isNullable) return;
  const changed = complainantName.clone();
  changed.isNullable = isNullable;
  await queryRunner.changeColumn('complaint', complainantName, changed);
}

/**
 * Handling (issue 4): anonymous complaints (complainant nullable), the conclusion's outcome,
 * severity, text and published record, public and internal steps, clues collected as records
 * with the regulator's finding, and the index of the overdue list. Existing steps were all on
 * the public timeline; existing clues stay uncollected until a lead unit acts on them.
 */
export class AddComplaintHandling1764800000000 implements MigrationInterface {
  name = 'AddComplaintHandling1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await setComplainantNameNullable(queryRunner, true);
    await addMissingColumns(queryRunner, 'complaint', [c.code('outcome', 32, true), c.code('severity', 16, true), c.code('recordId', 64, true), c.text('conclusion', true)]);
    await addMissingColumns(queryRunner, 'complaint_event', [c.boolean('public', true), c.code('outcome', 32, true)]);
    await addMissingColumns(queryRunner, 'impersonation_clue', [c.code('recordId', 64, true), c.dateTime('collectedAt', true), c.code('finding', 32, true), c.string('source', 200, true)]);
    await queryRunner.createIndex('complaint', new TableIndex({ name: INDEX, columnNames: ['status', 'acceptDueAt'] }));
  }

  /**
   * On SQLite the added (nullable) columns stay: TypeORM reverts in a transaction, inside which
   * SQLite cannot switch foreign keys off to rebuild the tables others refer to; `up` adds only
   * what is missing, so it runs again after a revert.
   */
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('complaint', INDEX);
    if (queryRunner.connection.options.type !== 'mysql') return;
    for (const column of ['source', 'finding', 'collectedAt', 'recordId']) await queryRunner.dropColumn('impersonation_clue', column);
    for (const column of ['outcome', 'public']) await queryRunner.dropColumn('complaint_event', column);
    for (const column of ['conclusion', 'recordId', 'severity', 'outcome']) await queryRunner.dropColumn('complaint', column);
    await setComplainantNameNullable(queryRunner, false);
  }
}
