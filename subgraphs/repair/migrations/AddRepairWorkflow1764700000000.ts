import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { deadlineFor } from '../../kit/calendar/deadline';
import { loadTimeLimits } from '../../kit/calendar/timeLimits';
import { loadWorkingDayCalendar } from '../../kit/calendar/workingDayCalendar';
import { columnsFor } from '../../kit/data/columns';

interface ExistingRequest {
  id: number;
  requestedAt: Date | string;
}

/** SQLite hands a datetime back as the UTC text TypeORM wrote; MySQL (timezone Z) as a Date. */
const asDate = (value: Date | string): Date => (value instanceof Date ? value : new Date(`${value.replace(' ', 'T')}Z`));

/**
 * The repair workflow: documents given with an application, the record's kind kept with the case,
 * the record held (unique) by its open or approved case,
 * and on each confirmation request who is asked (court or listing authority), the case's region
 * and subject (so that the request is scoped by its own data), when the answer is due and the
 * document it rests on. Existing requests: a request with a case number was one to a court; its
 * answer is due by the limit in force when it was made.
 */
export class AddRepairWorkflow1764700000000 implements MigrationInterface {
  name = 'AddRepairWorkflow1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await queryRunner.addColumns('repair_case', [new TableColumn(c.code('recordKind', 32, true)), new TableColumn(c.integer('heldRecordId', true))]);
    await queryRunner.manager.createQueryBuilder().update('repair_case')
      .set({ heldRecordId: () => 'recordId' }).where('status IN (:...holding)', { holding: ['APPLIED', 'AWAITING_CONFIRMATION', 'APPROVED'] }).execute();
    await queryRunner.createIndices('repair_case', [
      new TableIndex({ columnNames: ['decisionDueAt'] }),
      new TableIndex({ columnNames: ['heldRecordId'], isUnique: true }),
    ]);
    await queryRunner.createTable(
      new Table({
        name: 'repair_document',
        columns: [c.id(), c.integer('repairCaseId'), c.code('kind', 32), c.string('reference', 200), c.string('title', 200, true), c.dateTime('submittedAt')],
        indices: [new TableIndex({ columnNames: ['repairCaseId'] })],
      }),
    );

    const nullable = [c.code('authorityKind', 32, true), c.region(), c.uscc('uscc', true), c.dateTime('answerDueAt', true), c.string('answerDocument', 200, true)];
    await queryRunner.addColumns('confirmation_request', nullable.map((column) => new TableColumn({ ...column, isNullable: true })));
    await this.fillExistingRequests(queryRunner);
    const required = [c.code('authorityKind', 32), c.region(), c.uscc(), c.dateTime('answerDueAt')];
    for (const column of required) {
      const table = await queryRunner.getTable('confirmation_request');
      const current = table?.findColumnByName(column.name);
      if (!table || !current) throw new Error(`confirmation_request.${column.name} is missing`);
      await queryRunner.changeColumn(table, current, new TableColumn(column));
    }
    await queryRunner.createIndices('confirmation_request', [
      new TableIndex({ columnNames: ['status', 'answerDueAt'] }),
      new TableIndex({ columnNames: ['region'] }),
      new TableIndex({ columnNames: ['uscc'] }),
    ]);
  }

  private async fillExistingRequests(queryRunner: QueryRunner): Promise<void> {
    const manager = queryRunner.manager;
    await manager.createQueryBuilder().update('confirmation_request')
      .set({ authorityKind: 'LISTING_AUTHORITY' }).where('caseNumber IS NULL').execute();
    await manager.createQueryBuilder().update('confirmation_request')
      .set({ authorityKind: 'COURT' }).where('caseNumber IS NOT NULL').execute();
    const cases = await manager.createQueryBuilder().select('c.id', 'id').addSelect('c.region', 'region').addSelect('c.uscc', 'uscc')
      .from('repair_case', 'c').getRawMany<{ id: number; region: string; uscc: string }>();
    for (const repairCase of cases) {
      await manager.createQueryBuilder().update('confirmation_request')
        .set({ region: repairCase.region, uscc: repairCase.uscc }).where('repairCaseId = :id', { id: repairCase.id }).execute();
    }
    const requests = await manager.createQueryBuilder().select('r.id', 'id').addSelect('r.requestedAt', 'requestedAt')
      .from('confirmation_request', 'r').getRawMany<ExistingRequest>();
    if (!requests.length) return;
    const calendar = loadWorkingDayCalendar();
    const limits = loadTimeLimits();
    for (const request of requests) {
      const answerDueAt = deadlineFor(calendar, limits, 'CONFIRMATION_ANSWER', asDate(request.requestedAt));
      await manager.createQueryBuilder().update('confirmation_request').set({ answerDueAt }).where('id = :id', { id: request.id }).execute();
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of ['status,answerDueAt', 'region', 'uscc']) {
      const table = await queryRunner.getTable('confirmation_request');
      const found = table?.indices.find((candidate) => candidate.columnNames.join(',') === index);
      if (found) await queryRunner.dropIndex('confirmation_request', found);
    }
    await queryRunner.dropColumns('confirmation_request', ['authorityKind', 'region', 'uscc', 'answerDueAt', 'answerDocument']);
    await queryRunner.dropTable('repair_document');
    const cases = await queryRunner.getTable('repair_case');
    for (const index of [...(cases?.indices ?? [])]) {
      if (['decisionDueAt', 'heldRecordId'].includes(index.columnNames.join(','))) await queryRunner.dropIndex('repair_case', index);
    }
    await queryRunner.dropColumns('repair_case', ['recordKind', 'heldRecordId']);
  }
}
