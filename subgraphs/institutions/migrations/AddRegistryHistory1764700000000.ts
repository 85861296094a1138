import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { personalDataCipher } from '../../kit/crypto/personalData';
import { DateUtils } from 'typeorm/util/DateUtils';
import { columnsFor } from '../../kit/data/columns';

const SUPERSEDED_BEFORE = 'the legal representative changed after signing (found when the commitment history was introduced)';

/**
 * Issue 4's registry: websites and phone numbers (searchable), who registered each institution,
 * the history of business status changes, and commitments that stop being current when the legal
 * representative changes. Existing rows: who registered them is taken from the audit log where it
 * recorded the registration; a commitment signed by someone other than today's legal
 * representative is marked superseded (names compared in code: they are stored encrypted).
 */
export class AddRegistryHistory1764700000000 implements MigrationInterface {
  name = 'AddRegistryHistory1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await queryRunner.addColumns('institution', [
      new TableColumn(c.dateTime('businessStatusChangedAt', true)),
      new TableColumn({ ...c.code('registeredVia', 32), default: "'LEAD_UNIT'" }),
      new TableColumn({ ...c.string('registeredBy', 200), default: "'unrecorded'" }),
    ]);
    await queryRunner.addColumns('credit_commitment', [
      new TableColumn(c.dateTime('supersededAt', true)),
      new TableColumn(c.string('supersededReason', 500, true)),
    ]);
    await queryRunner.createTable(new Table({
      name: 'institution_contact',
      columns: [c.id(), c.uscc(), c.code('kind', 16), c.string('value', 200), c.string('normalized', 200)],
      indices: [new TableIndex({ columnNames: ['uscc'] }), new TableIndex({ columnNames: ['kind', 'normalized'] })],
    }));
    await queryRunner.createTable(new Table({
      name: 'business_status_change',
      columns: [
        c.id(), c.uscc(), c.code('previousStatus', 32), c.code('status', 32), c.string('reason', 500, true),
        c.string('changedBy', 200), c.dateTime('changedAt'),
      ],
      indices: [new TableIndex({ columnNames: ['uscc'] })],
    }));
    await this.backfill(queryRunner);
  }

  private async backfill(queryRunner: QueryRunner): Promise<void> {
    const { driver } = queryRunner.connection;
    const q = (name: string) => driver.escape(name);
    const registrations = await queryRunner.manager.createQueryBuilder()
      .select('a.objectId', 'uscc').addSelect('a.actor', 'actor').addSelect('a.role', 'role')
      .from('audit_log', 'a').where('a.operation = :operation', { operation: 'registerInstitution' })
      .getRawMany<{ uscc: string; actor: string; role: string }>();
    const registeredVia = (role: string) => (role === 'NATIONAL_REGULATOR' ? 'NATIONAL_REGULATOR' : role === 'INSTITUTION' ? 'SELF_REGISTERED' : 'LEAD_UNIT');
    for (const { uscc, actor, role } of registrations) {
      await queryRunner.query(`UPDATE ${q('institution')} SET ${q('registeredVia')} = ?, ${q('registeredBy')} = ? WHERE ${q('uscc')} = ?`, [registeredVia(role), actor, uscc]);
    }
    const cipher = personalDataCipher();
    const institutions = await queryRunner.manager.createQueryBuilder()
      .select('i.uscc', 'uscc').addSelect('i.legalRepresentative', 'name').from('institution', 'i')
      .getRawMany<{ uscc: string; name: string }>();
    const current = new Map(institutions.map(({ uscc, name }) => [uscc, cipher.decrypt(name)]));
    const commitments = await queryRunner.manager.createQueryBuilder()
      .select('k.id', 'id').addSelect('k.uscc', 'uscc').addSelect('k.legalRepresentative', 'name').from('credit_commitment', 'k')
      .getRawMany<{ id: number; uscc: string; name: string }>();
    // A UTC 'YYYY-MM-DD HH:mm:ss.SSS' string, as TypeORM writes datetimes on both drivers (a raw query cannot bind a Date on SQLite).
    const now = DateUtils.mixedDateToUtcDatetimeString(new Date());
    for (const { id, uscc, name } of commitments) {
      if (current.get(uscc) === cipher.decrypt(name)) continue;
      await queryRunner.query(
        `UPDATE ${q('credit_commitment')} SET ${q('supersededAt')} = ?, ${q('supersededReason')} = ? WHERE ${q('id')} = ?`,
        [now, SUPERSEDED_BEFORE, id],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('business_status_change');
    await queryRunner.dropTable('institution_contact');
    await queryRunner.dropColumns('credit_commitment', ['supersededReason', 'supersededAt']);
    await queryRunner.dropColumns('institution', ['registeredBy', 'registeredVia', 'businessStatusChangedAt']);
  }
}
