import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columnsFor } from '../../kit/data/columns';

interface ChangedEntry {
  id: number;
  status: string;
  exclusionReason: string | null;
  addedAt: Date | string;
  exitedAt: Date | string | null;
}

/**
 * The history of ledger statuses, so that a past month's ledger shows each entry as it stood then.
 * Existing entries get their current exit (at exitedAt) or exclusion as their one change. When an
 * existing exclusion happened was not stored: it is dated when the entry was added (the seed
 * excludes such entities before counting), so past months show it excluded from the start.
 */
export class AddLedgerStatusChanges1764400001100 implements MigrationInterface {
  name = 'AddLedgerStatusChanges1764400001100';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'ledger_status_change',
        columns: [c.id(), c.integer('entryId'), c.code('status', 16), c.string('reason', 500, true), c.dateTime('at')],
        indices: [new TableIndex({ columnNames: ['entryId', 'at'] })],
        foreignKeys: [
          new TableForeignKey({ columnNames: ['entryId'], referencedTableName: 'ledger_entry', referencedColumnNames: ['id'], onDelete: 'RESTRICT' }),
        ],
      }),
    );
    const changed = await queryRunner.manager
      .createQueryBuilder()
      .select('e.id', 'id')
      .addSelect('e.status', 'status')
      .addSelect('e.exclusionReason', 'exclusionReason')
      .addSelect('e.addedAt', 'addedAt')
      .addSelect('e.exitedAt', 'exitedAt')
      .from('ledger_entry', 'e')
      .where('e.status IN (:...statuses)', { statuses: ['EXITED', 'EXCLUDED'] })
      .orderBy('e.id', 'ASC')
      .getRawMany<ChangedEntry>();
    // Plain SQL with escaped names: the entity knows columns later migrations add, so it must not be involved.
    const name = (identifier: string) => queryRunner.connection.driver.escape(identifier);
    const insert = `INSERT INTO ${name('ledger_status_change')} (${['entryId', 'status', 'reason', 'at'].map(name).join(', ')}) VALUES (?, ?, ?, ?)`;
    for (const entry of changed) {
      const excluded = entry.status === 'EXCLUDED';
      await queryRunner.query(insert, [entry.id, entry.status, excluded ? entry.exclusionReason : null, excluded ? entry.addedAt : entry.exitedAt ?? entry.addedAt]);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('ledger_status_change');
  }
}
