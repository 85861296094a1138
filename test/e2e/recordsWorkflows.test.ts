import { DishonestyRecordEntity } from '../../subgraphs/records/entities/DishonestyRecordEntity';
import { InterviewEntity } from '../../subgraphs/records/entities/InterviewEntity';
import { demoUsers } from '../../subgraphs/kit/demo/demoUsers';
import { startTestSystem, type QueryOptions, type TestSystem } from '../support/startTestSystem';
import { testDrivers } from '../support/testStorage';
import { uscc } from '../support/uscc';

const FIELDS = `id kind severity authority documentNumber decidedAt publicityEndsAt status region subject { uscc }
  revokedAt revocationReason revocationDocumentNumber revocationDecidedAt`;
const RECORD = `mutation ($input: RecordDishonestyInput!) { recordDishonesty(input: $input) { ${FIELDS} } }`;
const REVOKE = `mutation ($id: ID!, $reason: String!, $doc: String!, $on: Date!) {
  revokeRecord(id: $id, reason: $reason, documentNumber: $doc, decidedAt: $on) { ${FIELDS} repaired }
}`;
const INTERVIEW = `mutation ($input: RecordInterviewInput!) { recordInterview(input: $input) { id region units conductedBy conductedAt summary subject { uscc } } }`;
const ENTITY = `query ($uscc: USCC!) { marketEntity(uscc: $uscc) {
  recordCount activeRecordCount
  active: dishonestyRecords(status: [ACTIVE]) { totalCount nodes { id } }
  expired: dishonestyRecords(status: [EXPIRED]) { totalCount nodes { id } }
  interviews { units conductedBy conductedAt }
  ledgerEntries { region status targets recordCount interviews { units } }
} }`;

interface Stored {
  id: string; kind: string; severity: string; authority: string; documentNumber: string | null; decidedAt: string; publicityEndsAt: string | null;
  status: string; region: string; subject: { uscc: string } | null; revokedAt: string | null; revocationReason: string | null;
  revocationDocumentNumber: string | null; revocationDecidedAt: string | null; repaired?: boolean | null;
}
interface Entity {
  marketEntity: {
    recordCount: number; activeRecordCount: number;
    active: { totalCount: number; nodes: { id: string }[] }; expired: { totalCount: number; nodes: { id: string }[] };
    interviews: { units: string[]; conductedBy: string; conductedAt: string }[];
    ledgerEntries: { region: string; status: string; targets: string[]; recordCount: number; interviews: { units: string[] }[] }[];
  };
}
type Errors = { errors?: { message: string; extensions?: Record<string, unknown> }[] };

const FURONG = demoUsers.furong;
const COMPLAINTS: QueryOptions = { as: demoUsers.complaintsService };

let serial = 0;
/** A new entity for each test, so that tests do not share ledger entries or counts. */
const nextEntity = () => uscc(`91430102MA4T${String(++serial).padStart(5, '0')}`);

const input = (subjectUscc: string, overrides: Record<string, unknown> = {}) => ({
  subjectUscc, subjectName: '长沙某信用服务有限公司', region: '430102', kind: 'ADMINISTRATIVE_PENALTY', authority: '长沙市芙蓉区市场监督管理局',
  documentNumber: `芙市监罚〔2021〕${1000 + serial}号`, decidedAt: '2021-06-01', summary: '虚假宣传，罚款。', ...overrides,
});

describe.each(testDrivers())('records workflows through the gateway on %s', (driver) => {
  let system: TestSystem;
  let clock = new Date('2021-06-15T10:00:00+08:00');
  const at = (iso: string) => {
    clock = new Date(iso);
  };

  beforeAll(async () => {
    system = await startTestSystem(driver, { now: () => clock });
  });

  afterAll(async () => {
    await system.close();
  });

  beforeEach(() => at('2021-06-15T10:00:00+08:00'));

  const recordCount = () => system.subgraphs.records.dataSource.getRepository(DishonestyRecordEntity).count();
  const interviewCount = () => system.subgraphs.records.dataSource.getRepository(InterviewEntity).count();
  const record = (values: Record<string, unknown>, options?: QueryOptions) => system.query<{ recordDishonesty: Stored | null }>(RECORD, { input: values }, options);
  const recorded = async (values: Record<string, unknown>, options?: QueryOptions) => {
    const result = await record(values, options);
    expect(result.errors).toBeUndefined();
    const stored = result.data?.recordDishonesty;
    if (!stored) throw new Error('nothing recorded');
    return stored;
  };
  const entity = async (subject: string) => {
    const result = await system.query<Entity>(ENTITY, { uscc: subject });
    expect(result.errors).toBeUndefined();
    if (!result.data) throw new Error('no entity');
    return result.data.marketEntity;
  };
  const revoke = (id: string, options?: QueryOptions, on = '2021-06-10') =>
    system.query<{ revokeRecord: Stored | null }>(REVOKE, { id, reason: '经行政复议撤销。', doc: '芙政复决字〔2021〕5号', on }, options);
  const statusOf = async (id: string) => (await system.query<{ dishonestyRecord: { status: string } | null }>('query ($id: ID!) { dishonestyRecord(id: $id) { status } }', { id })).data?.dishonestyRecord?.status;
  const inFilter = async (id: string, status: string) => {
    const result = await system.query<{ dishonestyRecords: { nodes: { id: string }[] } }>(
      `query ($status: [RecordStatus!]) { dishonestyRecords(filter: { region: "430102", status: $status }, first: 100) { nodes { id } } }`, { status: [status] },
    );
    return result.data?.dishonestyRecords.nodes.some((node) => node.id === id) ?? false;
  };
  const codeOf = (result: Errors) => result.errors?.[0]?.extensions?.code;
  const fieldOf = (result: Errors) => result.errors?.[0]?.extensions?.field;

  describe('recording each kind with its authority, document number, decision date and publicity', () => {
    it.each([
      ['a serious-dishonesty list entry (always SERIOUS, 3 years)', { kind: 'SERIOUS_DISHONESTY_LIST', authority: '长沙市芙蓉区人民法院', documentNumber: '（2021）湘0102执77号' }, 'SERIOUS', '2024-06-01'],
      ['a general administrative penalty (at most 1 year)', { severity: 'GENERAL' }, 'GENERAL', '2022-06-01'],
      ['a serious administrative penalty (at most 3 years)', { severity: 'SERIOUS' }, 'SERIOUS', '2024-06-01'],
      ['a minor administrative penalty (not published)', { severity: 'MINOR' }, 'MINOR', '2021-06-01'],
      ['an impersonation clue (collected, not published)', { kind: 'IMPERSONATION_CLUE', authority: '长沙市芙蓉区发展和改革局', documentNumber: null }, 'GENERAL', null],
      ['a serious false disclosure', { kind: 'FALSE_DISCLOSURE', severity: 'SERIOUS', authority: '长沙市芙蓉区发展和改革局', documentNumber: '芙发改信〔2021〕3号' }, 'SERIOUS', '2024-06-01'],
      ['a general commitment breach', { kind: 'COMMITMENT_BREACH', authority: '长沙市芙蓉区发展和改革局', documentNumber: null }, 'GENERAL', '2022-06-01'],
    ])('records %s, the publicity end computed from the decision date', async (_case, overrides, severity, publicityEndsAt) => {
      const subject = nextEntity();
      const values = input(subject, overrides);
      const stored = await recorded(values, { as: FURONG });
      expect(stored).toMatchObject({
        kind: values.kind, severity, authority: values.authority, documentNumber: values.documentNumber, decidedAt: '2021-06-01',
        publicityEndsAt, status: publicityEndsAt === '2021-06-01' ? 'EXPIRED' : 'ACTIVE', region: '430102', subject: { uscc: subject },
      });
    });

    it('takes the publicity period in force on the decision date: a serious penalty of 2021 may end after 6 months, one of 2023 not before a year', async () => {
      at('2023-07-01T10:00:00+08:00');
      const in2021 = await recorded(input(nextEntity(), { severity: 'SERIOUS', decidedAt: '2021-06-01', publicityEndsAt: '2021-12-01' }));
      expect(in2021.publicityEndsAt).toBe('2021-12-01');
      const before = await recordCount();
      const in2023 = await record(input(nextEntity(), { severity: 'SERIOUS', decidedAt: '2023-06-01', publicityEndsAt: '2023-12-01' }));
      expect(codeOf(in2023)).toBe('BAD_USER_INPUT');
      expect(fieldOf(in2023)).toBe('input.publicityEndsAt');
      expect(in2023.errors?.[0].message).toContain('2024-06-01');
      expect(in2023.errors?.[0].message).toContain('第58号');
      expect(await recordCount()).toBe(before);
    });

    it.each([
      ['a general penalty published under 3 months', { severity: 'GENERAL', publicityEndsAt: '2021-08-31' }, 'input.publicityEndsAt'],
      ['a general penalty published over a year', { severity: 'GENERAL', publicityEndsAt: '2022-06-02' }, 'input.publicityEndsAt'],
      ['a serious penalty published over 3 years', { severity: 'SERIOUS', publicityEndsAt: '2024-06-02' }, 'input.publicityEndsAt'],
      ['a minor penalty published at all', { severity: 'MINOR', publicityEndsAt: '2021-07-01' }, 'input.publicityEndsAt'],
      ['a clue given a publicity end', { kind: 'IMPERSONATION_CLUE', documentNumber: null, publicityEndsAt: '2022-06-01' }, 'input.publicityEndsAt'],
      ['a list entry that is not serious', { kind: 'SERIOUS_DISHONESTY_LIST', severity: 'GENERAL' }, 'input.severity'],
      ['a decision before any configured publicity period', { decidedAt: '2019-06-30' }, 'input.decidedAt'],
    ])('refuses %s as BAD_USER_INPUT on the field and stores nothing', async (_case, overrides, field) => {
      const before = await recordCount();
      const result = await record(input(nextEntity(), overrides));
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(fieldOf(result)).toBe(field);
      expect(await recordCount()).toBe(before);
    });

    it('accepts a given publicity end within the bounds', async () => {
      const stored = await recorded(input(nextEntity(), { severity: 'GENERAL', publicityEndsAt: '2021-09-01' }));
      expect(stored.publicityEndsAt).toBe('2021-09-01');
    });
  });

  describe('duplicates: the same authority’s document number, brackets normalised, about the same subject', () => {
    it.each([
      ['ASCII brackets', '芙市监罚[2021]88号'],
      ['ASCII parentheses', '芙市监罚(2021)88号'],
      ['full-width parentheses', '芙市监罚（2021）88号'],
      ['spaces', ' 芙市监罚 〔2021〕 88号'],
    ])('refuses the number written with %s as CONFLICT once it is stored with 〔〕, and stores nothing', async (_case, written) => {
      const subject = nextEntity();
      await recorded(input(subject, { documentNumber: '芙市监罚〔2021〕88号' }));
      const before = await recordCount();
      const again = await record(input(subject, { documentNumber: written }));
      expect(codeOf(again)).toBe('CONFLICT');
      expect(await recordCount()).toBe(before);
    });

    it('keeps the same number from another authority, or about another subject (co-debtors of one case)', async () => {
      const subject = nextEntity();
      await recorded(input(subject, { documentNumber: '芙市监罚〔2021〕89号' }));
      await recorded(input(subject, { documentNumber: '芙市监罚[2021]89号', authority: '长沙市市场监督管理局' }));
      await recorded(input(nextEntity(), { documentNumber: '芙市监罚(2021)89号' }));
    });

    it('stores one of concurrent duplicates written in different brackets and refuses the others with CONFLICT', async () => {
      const subject = nextEntity();
      const forms = ['芙市监罚〔2021〕90号', '芙市监罚[2021]90号', '芙市监罚(2021)90号', '芙市监罚（2021）90号', '芙市监罚【2021】90号', '芙市监罚 [2021] 90号'];
      const before = await recordCount();
      const results = await Promise.all(forms.map((documentNumber) => record(input(subject, { documentNumber }))));
      expect(results.filter((result) => !result.errors)).toHaveLength(1);
      expect(results.filter((result) => result.errors).map(codeOf)).toEqual(Array(forms.length - 1).fill('CONFLICT'));
      expect(await recordCount()).toBe(before + 1);
    });
  });

  describe('expiry when the publicity period ends (Asia/Shanghai date), with no job', () => {
    it('reads ACTIVE through the last day and EXPIRED from the end date on: status, filters and counts', async () => {
      const subject = nextEntity();
      const { id } = await recorded(input(subject, { severity: 'GENERAL', publicityEndsAt: '2021-09-01' }));
      expect(await statusOf(id)).toBe('ACTIVE');
      expect(await entity(subject)).toMatchObject({ recordCount: 1, activeRecordCount: 1, active: { totalCount: 1 }, expired: { totalCount: 0 } });

      at('2021-08-31T23:59:00+08:00');
      expect(await statusOf(id)).toBe('ACTIVE');
      expect(await inFilter(id, 'ACTIVE')).toBe(true);

      // 00:30 on 1 September in Shanghai is still 31 August in UTC: the Shanghai date decides.
      at('2021-09-01T00:30:00+08:00');
      expect(await statusOf(id)).toBe('EXPIRED');
      expect(await inFilter(id, 'EXPIRED')).toBe(true);
      expect(await inFilter(id, 'ACTIVE')).toBe(false);
      expect(await entity(subject)).toMatchObject({
        recordCount: 1, activeRecordCount: 0, active: { totalCount: 0, nodes: [] }, expired: { totalCount: 1, nodes: [{ id }] },
        ledgerEntries: [{ region: '430102', status: 'IN_LEDGER', targets: ['DISHONEST_INSTITUTION'], recordCount: 1 }],
      });
    });

    it('keeps a clue ACTIVE whatever the date (clues are not published)', async () => {
      const { id } = await recorded(input(nextEntity(), { kind: 'IMPERSONATION_CLUE', documentNumber: null }));
      at('2030-01-01T10:00:00+08:00');
      expect(await statusOf(id)).toBe('ACTIVE');
    });
  });

  describe('revoking a record (deleted, not repaired)', () => {
    it('revokes a record of its region for the lead unit: REVOKED, no longer counted nor a target, and not repaired', async () => {
      const subject = nextEntity();
      const { id } = await recorded(input(subject), { as: FURONG });
      const result = await revoke(id, { as: FURONG });
      expect(result.errors).toBeUndefined();
      expect(result.data?.revokeRecord).toMatchObject({
        id, status: 'REVOKED', revocationReason: '经行政复议撤销。', revocationDocumentNumber: '芙政复决字〔2021〕5号', revocationDecidedAt: '2021-06-10',
        revokedAt: '2021-06-15T10:00:00.000+08:00', repaired: false,
      });
      expect(await entity(subject)).toMatchObject({
        recordCount: 1, activeRecordCount: 0, active: { totalCount: 0 }, expired: { totalCount: 0 },
        ledgerEntries: [{ region: '430102', targets: [], recordCount: 0 }],
      });
      expect(await inFilter(id, 'REVOKED')).toBe(true);
      const audit = await system.query<{ recordsAuditLog: { nodes: { actor: string; operation: string; objectId: string }[] } }>('{ recordsAuditLog(first: 1) { nodes { actor operation objectId } } }');
      expect(audit.data?.recordsAuditLog.nodes).toEqual([{ actor: FURONG.subject, operation: 'revokeRecord', objectId: id }]);
    });

    it('revokes an expired record too, for the national regulator', async () => {
      const { id } = await recorded(input(nextEntity(), { severity: 'MINOR' }));
      expect(await statusOf(id)).toBe('EXPIRED');
      expect((await revoke(id)).data?.revokeRecord?.status).toBe('REVOKED');
    });

    it('refuses to revoke a REVOKED record, and a REFUTED clue, with CONFLICT naming the state; nothing changes', async () => {
      const { id } = await recorded(input(nextEntity()));
      await revoke(id);
      const again = await revoke(id, { as: FURONG }, '2021-06-12');
      expect(codeOf(again)).toBe('CONFLICT');
      expect(again.errors?.[0].message).toContain('REVOKED');
      expect((await system.query<{ dishonestyRecord: Stored }>(`query ($id: ID!) { dishonestyRecord(id: $id) { ${FIELDS} } }`, { id })).data?.dishonestyRecord)
        .toMatchObject({ revocationDecidedAt: '2021-06-10' });

      const key = `clue:workflow-${driver}`;
      const collected = await system.query<{ collectAgencyRecord: { id: string } }>(
        `mutation ($input: RecordDishonestyInput!) { collectAgencyRecord(sourceKey: "${key}", onBehalfOf: "经办人", input: $input) { id } }`,
        { input: input(nextEntity(), { kind: 'IMPERSONATION_CLUE', documentNumber: null, authority: '长沙市芙蓉区发展和改革局' }) }, COMPLAINTS,
      );
      const clueId = collected.data?.collectAgencyRecord.id ?? '';
      await system.query(`mutation { recordClueFinding(sourceKey: "${key}", onBehalfOf: "经办人", finding: UNFOUNDED, regulator: "芙蓉区市场监管局") { id } }`, {}, COMPLAINTS);
      const refuted = await revoke(clueId, { as: FURONG });
      expect(codeOf(refuted)).toBe('CONFLICT');
      expect(refuted.errors?.[0].message).toContain('REFUTED');
      expect(await statusOf(clueId)).toBe('REFUTED');
    });

    it('is NOT_FOUND for a lead unit outside the record’s region and for an unknown id; FORBIDDEN for an institution', async () => {
      const subject = nextEntity();
      const { id } = await recorded(input(subject));
      expect(codeOf(await revoke(id, { as: demoUsers.beijing }))).toBe('NOT_FOUND');
      expect(codeOf(await revoke(id, { as: { role: 'LEAD_UNIT', subject: 'yuelu-lead-1', region: '430104' } }))).toBe('NOT_FOUND');
      expect(codeOf(await revoke('999999'))).toBe('NOT_FOUND');
      expect(codeOf(await revoke(id, { as: { role: 'INSTITUTION', subject: 'self', uscc: subject } }))).toBe('FORBIDDEN');
      expect(await statusOf(id)).toBe('ACTIVE');
    });

    it.each([
      ['a revoking decision before the record’s', '2021-05-31', 'decidedAt'],
      ['a revoking decision in the future', '2021-06-16', 'decidedAt'],
    ])('refuses %s as BAD_USER_INPUT and changes nothing', async (_case, on, field) => {
      const { id } = await recorded(input(nextEntity()));
      const result = await revoke(id, undefined, on);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(fieldOf(result)).toBe(field);
      expect(await statusOf(id)).toBe('ACTIVE');
    });

    it('refuses a blank reason or document number as BAD_USER_INPUT', async () => {
      const { id } = await recorded(input(nextEntity()));
      const blank = await system.query(REVOKE, { id, reason: ' ', doc: '芙政复决字〔2021〕6号', on: '2021-06-10' });
      expect(fieldOf(blank)).toBe('reason');
      const noDocument = await system.query(REVOKE, { id, reason: '撤销', doc: '', on: '2021-06-10' });
      expect(fieldOf(noDocument)).toBe('documentNumber');
      expect(await statusOf(id)).toBe('ACTIVE');
    });
  });

  describe('interviews held by one or more units', () => {
    it('records an interview held by two units into the entity’s credit record and its ledger entry', async () => {
      const subject = nextEntity();
      await recorded(input(subject), { as: FURONG });
      const units = ['长沙市芙蓉区发展和改革局', '长沙市芙蓉区市场监督管理局'];
      const result = await system.query<{ recordInterview: Record<string, unknown> }>(INTERVIEW, {
        input: { subjectUscc: subject, region: '430102', units: [` ${units[0]} `, units[1], units[0]], conductedAt: '2021-06-11', summary: '约谈法定代表人，责令整改。' },
      }, { as: FURONG });
      expect(result.errors).toBeUndefined();
      expect(result.data?.recordInterview).toMatchObject({ region: '430102', units, conductedBy: units.join('、'), conductedAt: '2021-06-11', subject: { uscc: subject } });
      expect(await entity(subject)).toMatchObject({
        interviews: [{ units, conductedBy: units.join('、'), conductedAt: '2021-06-11' }],
        ledgerEntries: [{ region: '430102', interviews: [{ units }] }],
      });
    });

    it.each([
      ['no unit', { units: [] }, 'input.units'],
      ['only blank units', { units: [' ', ''] }, 'input.units'],
      ['a date in the future', { conductedAt: '2021-06-16' }, 'input.conductedAt'],
      ['an empty summary', { summary: ' ' }, 'input.summary'],
    ])('refuses an interview with %s as BAD_USER_INPUT and stores nothing', async (_case, overrides, field) => {
      const before = await interviewCount();
      const result = await system.query(INTERVIEW, {
        input: { subjectUscc: nextEntity(), region: '430102', units: ['长沙市芙蓉区发展和改革局'], conductedAt: '2021-06-11', summary: '约谈。', ...overrides },
      }, { as: FURONG });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(fieldOf(result)).toBe(field);
      expect(await interviewCount()).toBe(before);
    });
  });

  describe('the ledger’s rules (measure 6)', () => {
    it.each([
      ['FALSE_DISCLOSURE', 'GENERAL', false],
      ['FALSE_DISCLOSURE', 'SERIOUS', true],
      ['COMMITMENT_BREACH', 'GENERAL', false],
      ['COMMITMENT_BREACH', 'SERIOUS', true],
      ['ADMINISTRATIVE_PENALTY', 'GENERAL', true],
      ['IMPERSONATION_CLUE', 'GENERAL', true],
    ])('puts the entity of a %s record of severity %s into the ledger: %s', async (kind, severity, enters) => {
      const subject = nextEntity();
      await recorded(input(subject, { kind, severity, documentNumber: kind === 'IMPERSONATION_CLUE' ? null : `芙发改信〔2021〕${serial}号` }));
      const { ledgerEntries } = await entity(subject);
      expect(ledgerEntries).toHaveLength(enters ? 1 : 0);
    });
  });
});
