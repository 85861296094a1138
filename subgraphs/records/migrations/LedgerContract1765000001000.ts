import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columnsFor } from '../../kit/data/columns';

const ENTRIES = 'ledger_entry';
const CHANGES = 'ledger_status_change';

/**
 * The ledger of issue 5:
 * - how an entry exited (exitKind, exitReason), on the entry and in its history, and the lead
 *   unit's 备注 and 责任单位;
 * - exclusion is read live from institutions' business status, no longer stored: entries stored
 *   EXCLUDED become IN_LEDGER (their history keeps the exclusion, so past months still show it).
 *   Going down, an entry whose last change is an exclusion is stored EXCLUDED again.
 */
export class LedgerContract1765000001000 implements MigrationInterface {
  name = 'LedgerContract1765000001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await queryRunner.addColumns(ENTRIES, [
      new TableColumn(c.code('exitKind', 16, true)),
      new TableColumn(c.text('exitReason', true)),
      new TableColumn(c.text('remarks', true)),
      new TableColumn(c.string('responsibleUnit', 200, true)),
    ]);
    await queryRunner.addColumn(CHANGES, new TableColumn(c.code('exitKind', 16, true)));
    await queryRunner.manager
      .createQueryBuilder()
      .update(ENTRIES)
      .set({ status: 'IN_LEDGER', exclusionReason: null })
      .where('status = :excluded', { excluded: 'EXCLUDED' })
      .execute();
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const changes: { entryId: number; status: string; reason: string | null }[] = await queryRunner.manager
      .createQueryBuilder()
      .select('h.entryId', 'entryId')
      .addSelect('h.status', 'status')
      .addSelect('h.reason', 'reason')
      .from(CHANGES, 'h')
      .orderBy('h.at', 'ASC')
      .addOrderBy('h.id', 'ASC')
      .getRawMany();
    const last = new Map(changes.map((change) => [Number(change.entryId), change]));
    for (const [entryId, change] of last) {
      if (change.status !== 'EXCLUDED') continue;
      await queryRunner.manager
        .createQueryBuilder()
        .update(ENTRIES)
        .set({ status: 'EXCLUDED', exclusionReason: change.reason })
        .where('id = :entryId AND status = :inLedger', { entryId, inLedger: 'IN_LEDGER' })
        .execute();
    }
    // ALTER TABLE … DROP COLUMN in place: TypeORM's SQLite dropColumn recreates the table, which the
    // status history's foreign key refuses.
    const name = (identifier: string) => queryRunner.connection.driver.escape(identifier);
    await queryRunner.query(`ALTER TABLE ${name(CHANGES)} DROP COLUMN ${name('exitKind')}`);
    for (const column of ['responsibleUnit', 'remarks', 'exitReason', 'exitKind']) await queryRunner.query(`ALTER TABLE ${name(ENTRIES)} DROP COLUMN ${name(column)}`);
  }
}
