import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columnsFor } from '../../kit/data/columns';

/**
 * Handling (issue 4): anonymous complaints (complainant nullable), the conclusion's outcome,
 * severity and published record, public and internal steps, and clues collected as records with
 * the regulator's finding. Existing steps were all on the public timeline; existing clues were
 * stored before collection was tracked, so they stay uncollected until a lead unit acts on them.
 */
export class AddComplaintHandling1764800000000 implements MigrationInterface {
  name = 'AddComplaintHandling1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    const complaint = await queryRunner.getTable('complaint');
    const complainantName = complaint?.findColumnByName('complainantName');
    if (!complainantName) throw new Error('complaint.complainantName is missing');
    const nullableName = complainantName.clone();
    nullableName.isNullable = true;
    await queryRunner.changeColumn('complaint', complainantName, nullableName);
    await queryRunner.addColumns('complaint', [c.code('outcome', 32, true), c.code('severity', 16, true), c.code('recordId', 64, true), c.text('conclusion', true)].map((options) => new TableColumn(options)));
    await queryRunner.createIndex('complaint', new TableIndex({ name: 'IDX_complaint_status_acceptDueAt', columnNames: ['status', 'acceptDueAt'] }));
    await queryRunner.addColumns('complaint_event', [c.boolean('public', true), c.code('outcome', 32, true)].map((options) => new TableColumn(options)));
    await queryRunner.addColumns('impersonation_clue', [c.code('recordId', 64, true), c.dateTime('collectedAt', true), c.code('finding', 32, true), c.string('source', 200, true)].map((options) => new TableColumn(options)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of ['source', 'finding', 'collectedAt', 'recordId']) await queryRunner.dropColumn('impersonation_clue', column);
    for (const column of ['outcome', 'public']) await queryRunner.dropColumn('complaint_event', column);
    await queryRunner.dropIndex('complaint', 'IDX_complaint_status_acceptDueAt');
    for (const column of ['conclusion', 'recordId', 'severity', 'outcome']) await queryRunner.dropColumn('complaint', column);
    const complaint = await queryRunner.getTable('complaint');
    const complainantName = complaint?.findColumnByName('complainantName');
    if (!complainantName) throw new Error('complaint.complainantName is missing');
    const required = complainantName.clone();
    required.isNullable = false;
    await queryRunner.changeColumn('complaint', complainantName, required);
  }
}
