import { recordsSubgraph } from '../../subgraphs/records/recordsSubgraph';
import { recordsEntities } from '../../subgraphs/records/entities';
import { DishonestyRecordEntity } from '../../subgraphs/records/entities/DishonestyRecordEntity';
import { maskIdentifier } from '../../subgraphs/kit/crypto/maskIdentifier';
import { AuditEntryEntity } from '../../subgraphs/kit/audit/AuditEntryEntity';
import { maskName } from '../../subgraphs/kit/crypto/mask';
import type { Identity } from '../../subgraphs/kit/identity/identity';
import { LedgerEntryEntity } from '../../subgraphs/records/entities/LedgerEntryEntity';
import { LedgerStatusChangeEntity } from '../../subgraphs/records/entities/LedgerStatusChangeEntity';
import { InterviewEntity } from '../../subgraphs/records/entities/InterviewEntity';
import type { LedgerStatus } from '../../subgraphs/records/generated/resolversTypes';
import { recordsMigrations } from '../../subgraphs/records/migrations';
import { CreateRecords1764400001000 } from '../../subgraphs/records/migrations/CreateRecords1764400001000';
import { EncryptRecordSubjects1764500001000 } from '../../subgraphs/records/migrations/EncryptRecordSubjects1764500001000';
import { LedgerContract1765000001000 } from '../../subgraphs/records/migrations/LedgerContract1765000001000';
import { RecordsWorkflows1764600002000 } from '../../subgraphs/records/migrations/RecordsWorkflows1764600002000';
import { changeLedgerStatus, type LedgerStatusChange } from '../../subgraphs/records/store/changeLedgerStatus';
import { createDataSource } from '../../subgraphs/kit/data/createDataSource';
import { demoComplaints } from '../../subgraphs/complaints/demo/demoComplaints';
import { demoAnonymousSubject, demoEntities, demoRecordIds } from '../../subgraphs/kit/demo/demoCast';
import { MAX_PAGE_SIZE } from '../../subgraphs/kit/pagination/connection';
import { NATIONAL_REGULATOR, startTestSubgraph, type TestSubgraph } from '../support/startTestSubgraph';
import { createTestStorage, testDrivers, type TestStorage } from '../support/testStorage';
import { badUscc, uscc } from '../support/uscc';

const A = uscc('91430102MA4L10001');
const B = uscc('91430102MA4L10002');
const C = uscc('91310110MA1G10003');
const D = uscc('91310112MA1G10004');

const RECORD = `mutation ($input: RecordDishonestyInput!) {
  recordDishonesty(input: $input) {
    id subject { uscc } subjectName subjectIdentifiers region kind severity authority documentNumber decidedAt publicityEndsAt status summary recordedAt
  }
}`;

/** A general penalty (published a year); as a clue (not published) it has no publicity end unless one is given. */
const penalty = (subjectUscc: string | null, overrides: Record<string, unknown> = {}) => {
  const input = {
    subjectUscc, subjectName: '长沙某征信服务有限公司', region: '430102', kind: 'ADMINISTRATIVE_PENALTY',
    authority: '长沙市芙蓉区市场监督管理局', documentNumber: `芙市监罚〔2021〕${Math.floor(Math.random() * 1e9)}号`,
    decidedAt: '2021-03-15', publicityEndsAt: '2022-03-15', summary: '虚假宣传，罚款人民币五万元。', ...overrides,
  };
  return input.kind === 'IMPERSONATION_CLUE' && !('publicityEndsAt' in overrides) ? { ...input, publicityEndsAt: null } : input;
};

interface Ledger { governanceLedger: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: { id: string; subject: { uscc: string }; status: string; targets: string[]; recordCount: number }[] } }

describe.each(testDrivers())('records subgraph on %s', (driver) => {
  let storage: TestStorage;
  let subgraph: TestSubgraph;
  let clock = new Date('2021-06-15T10:00:00+08:00');

  const record = async (input: Record<string, unknown>) => {
    const result = await subgraph.request<{ recordDishonesty: { id: string } & Record<string, unknown> }>(RECORD, { input });
    expect(result.errors).toBeUndefined();
    return result.data?.recordDishonesty ?? { id: '' };
  };
  const allCounts = async () => {
    const records = await subgraph.request<{ dishonestyRecords: { totalCount: number } }>('{ dishonestyRecords { totalCount } }');
    const ledger = await subgraph.dataSource.getRepository(LedgerEntryEntity).count();
    return { records: records.data?.dishonestyRecords.totalCount, ledger };
  };
  const ledgerOf = async (region: string, extra = '') =>
    (await subgraph.request<Ledger>(`{ governanceLedger(region: "${region}"${extra}) { totalCount pageInfo { hasNextPage endCursor } nodes { id subject { uscc } status targets recordCount } } }`)).data?.governanceLedger;

  beforeAll(async () => {
    storage = createTestStorage(driver);
    subgraph = await startTestSubgraph(recordsSubgraph, storage.storageFor('records'), { now: () => clock });
  });

  afterAll(async () => {
    await subgraph.close();
    await storage.cleanup();
  });

  it('records a penalty as given, defaulting its severity, and puts the entity into its region’s ledger', async () => {
    const input = penalty(A, { documentNumber: '芙市监罚(2021)15号' });
    const stored = await record(input);
    expect(stored).toEqual({
      id: expect.stringMatching(/^\d+$/), subject: { uscc: A }, subjectName: input.subjectName, subjectIdentifiers: [], region: '430102',
      kind: 'ADMINISTRATIVE_PENALTY', severity: 'GENERAL', authority: input.authority, documentNumber: '芙市监罚(2021)15号',
      decidedAt: '2021-03-15', publicityEndsAt: '2022-03-15', status: 'ACTIVE', summary: input.summary,
      recordedAt: '2021-06-15T10:00:00.000+08:00',
    });
    const listed = await record(penalty(A, { kind: 'SERIOUS_DISHONESTY_LIST', documentNumber: '（2021）湘0102执88号', publicityEndsAt: null }));
    expect(listed).toMatchObject({ severity: 'SERIOUS', publicityEndsAt: '2024-03-15' });
    const ledger = await ledgerOf('430102');
    expect(ledger?.nodes).toEqual([{ id: expect.any(String), subject: { uscc: A }, status: 'IN_LEDGER', targets: ['DISHONEST_INSTITUTION'], recordCount: 2 }]);
    const byId = await subgraph.request(`{ dishonestyRecord(id: "${stored.id}") { id documentNumber } }`);
    expect(byId.data).toEqual({ dishonestyRecord: { id: stored.id, documentNumber: '芙市监罚(2021)15号' } });
  });

  it('refuses a duplicate (the same authority’s document number, brackets normalised, about the same subject, whatever the kind) with CONFLICT and stores nothing', async () => {
    await record(penalty(B, { documentNumber: '芙市监罚〔2021〕77号' }));
    const before = await allCounts();
    const again = await subgraph.request(RECORD, { input: penalty(B, { documentNumber: ' 芙市监罚[2021]77号' }) });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    const asAnotherKind = await subgraph.request(RECORD, { input: penalty(B, { documentNumber: '芙市监罚（2021）77号', kind: 'SERIOUS_DISHONESTY_LIST' }) });
    expect(asAnotherKind.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await allCounts()).toEqual(before);
    await record(penalty(B, { documentNumber: '芙市监罚〔2021〕77号', authority: '长沙市市场监督管理局' }));
    await record(penalty(A, { documentNumber: '芙市监罚〔2021〕77号' }));
  });

  it('records a clue with no USCC by its identifiers: no subject, no ledger entry', async () => {
    const before = await allCounts();
    const clue = await record({
      subjectName: '某信用修复网站', subjectIdentifiers: [' 微信号 xyxf0001 ', '', 'www.example-repair.example'], region: '430100',
      kind: 'IMPERSONATION_CLUE', authority: '长沙市发展和改革委员会', decidedAt: '2021-05-24', summary: '自称官方合作机构，收费删除失信记录。',
    });
    expect(clue).toMatchObject({ subject: null, subjectIdentifiers: ['微信号 xyxf0001', 'www.example-repair.example'], severity: 'GENERAL', documentNumber: null });
    expect(await allCounts()).toEqual({ records: (before.records ?? 0) + 1, ledger: before.ledger });
  });

  it.each([
    ['an empty subject name', penalty(A, { subjectName: '  ' }), 'input.subjectName'],
    ['a penalty without a USCC', penalty(null, { subjectIdentifiers: ['微信号 x'] }), 'input.subjectUscc'],
    ['a clue with neither USCC nor identifiers', penalty(null, { kind: 'IMPERSONATION_CLUE', documentNumber: null, subjectIdentifiers: [' '] }), 'input.subjectIdentifiers'],
    ['a penalty without a document number', penalty(A, { documentNumber: ' ' }), 'input.documentNumber'],
    ['a list entry without a document number', penalty(A, { kind: 'SERIOUS_DISHONESTY_LIST', documentNumber: null }), 'input.documentNumber'],
    ['a publicity end before the decision', penalty(A, { publicityEndsAt: '2021-03-14' }), 'input.publicityEndsAt'],
    ['a decision in the future', penalty(A, { decidedAt: '2021-06-16', publicityEndsAt: null }), 'input.decidedAt'],
    ['an empty summary', penalty(A, { summary: '' }), 'input.summary'],
    ['an empty authority', penalty(A, { authority: ' ' }), 'input.authority'],
  ])('refuses %s, naming the field, and stores nothing', async (_case, input, field) => {
    const before = await allCounts();
    const result = await subgraph.request(RECORD, { input });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await allCounts()).toEqual(before);
  });

  it.each([
    ['a USCC with a wrong check character', { subjectUscc: badUscc('91430102MA4L10009') }],
    ['a region that is not 6 digits', { region: '4301' }],
    ['a date that does not exist', { decidedAt: '2021-02-30' }],
  ])('refuses %s as BAD_USER_INPUT and stores nothing', async (_case, override) => {
    const before = await allCounts();
    const result = await subgraph.request(RECORD, { input: penalty(A, override) });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await allCounts()).toEqual(before);
  });

  it('derives targets from the entity’s records in the region; refuted clues make no impersonator and do not count', async () => {
    const clue = { kind: 'IMPERSONATION_CLUE', documentNumber: null, region: '310110' };
    await record(penalty(C, clue));
    expect((await ledgerOf('310110'))?.nodes).toMatchObject([{ subject: { uscc: C }, targets: ['IMPERSONATOR'], recordCount: 1 }]);
    await record(penalty(C, { region: '310110' }));
    expect((await ledgerOf('310110'))?.nodes).toMatchObject([{ targets: ['DISHONEST_INSTITUTION', 'IMPERSONATOR'], recordCount: 2 }]);
    await record(penalty(D, { ...clue, region: '310112' }));
    await subgraph.dataSource.query('UPDATE dishonesty_record SET status = ? WHERE uscc = ?', ['REFUTED', D]);
    // A refuted clue is untrue: it neither makes a target nor counts among the entry's records.
    expect((await ledgerOf('310112'))?.nodes).toMatchObject([{ subject: { uscc: D }, targets: [], recordCount: 0 }]);
  });

  it('cuts the ledger’s region by level, never by trimming zeros', async () => {
    expect((await ledgerOf('310110'))?.nodes.map((n) => n.subject.uscc)).toEqual([C]);
    expect((await ledgerOf('310100'))?.nodes.map((n) => n.subject.uscc)).toEqual([C, D]);
    expect((await ledgerOf('310000'))?.totalCount).toBe(2);
    expect((await ledgerOf('430000'))?.nodes.map((n) => n.subject.uscc)).toEqual([A, B]);
    expect((await ledgerOf('110000'))?.totalCount).toBe(0);
  });

  it('puts an exited entry back into the ledger on a new record; an excluded entry stays excluded', async () => {
    const ledger = subgraph.dataSource.getRepository(LedgerEntryEntity);
    const entryOfB = await ledger.findOneByOrFail({ uscc: B, region: '430102' });
    await ledger.update({ id: entryOfB.id }, { status: 'EXITED', exitedAt: new Date('2021-06-01T02:00:00Z') });
    const entryOfC = await ledger.findOneByOrFail({ uscc: C, region: '310110' });
    await ledger.update({ id: entryOfC.id }, { status: 'EXCLUDED', exclusionReason: '已进入破产程序' });
    const before = await ledger.count();
    await record(penalty(B));
    await record(penalty(C, { region: '310110' }));
    expect(await ledger.count()).toBe(before);
    const entities = await subgraph.request(`query ($r: [_Any!]!) { _entities(representations: $r) { ... on LedgerEntry { id status exitedAt exclusionReason } } }`, {
      r: [{ __typename: 'LedgerEntry', id: String(entryOfB.id) }, { __typename: 'LedgerEntry', id: String(entryOfC.id) }],
    });
    expect(entities.data).toEqual({ _entities: [
      { id: String(entryOfB.id), status: 'IN_LEDGER', exitedAt: null, exclusionReason: null },
      { id: String(entryOfC.id), status: 'EXCLUDED', exitedAt: null, exclusionReason: '已进入破产程序' },
    ] });
  });

  it('gives the ledger as it stood at the end of a month in Asia/Shanghai; a bad period names `period`', async () => {
    const E = uscc('91440305MA5F10005');
    const F = uscc('91440305MA5F10006');
    clock = new Date('2021-06-30T23:30:00+08:00');
    await record(penalty(E, { region: '440305' }));
    clock = new Date('2021-07-01T00:30:00+08:00');
    await record(penalty(F, { region: '440305' }));
    expect((await ledgerOf('440000', ', period: "2021-06"'))?.nodes.map((n) => n.subject.uscc)).toEqual([E]);
    expect((await ledgerOf('440000', ', period: "2021-07"'))?.nodes.map((n) => n.subject.uscc)).toEqual([E, F]);
    expect((await ledgerOf('440000', ', period: "2021-05"'))?.totalCount).toBe(0);
    for (const period of ['2021-13', '2021-6', '202106', 'June', '2021-08', '2022-01']) {
      const bad = await subgraph.request(`{ governanceLedger(region: "440000", period: "${period}") { totalCount } }`);
      expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
    }
    clock = new Date('2021-06-15T10:00:00+08:00');
  });

  it('pages the ledger ascending by id and the records newest first', async () => {
    const page1 = await ledgerOf('430000', ', first: 1');
    expect(page1).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true }, nodes: [{ subject: { uscc: A } }] });
    const page2 = await ledgerOf('430000', `, first: 1, after: "${page1?.pageInfo.endCursor}"`);
    expect(page2).toMatchObject({ pageInfo: { hasNextPage: false }, nodes: [{ subject: { uscc: B } }] });

    type Page = { dishonestyRecords: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { id: string }[] } };
    const query = `query ($after: String) { dishonestyRecords(filter: { uscc: "${A}" }, first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`;
    const first = await subgraph.request<Page>(query);
    const second = await subgraph.request<Page>(query, { after: first.data?.dishonestyRecords.pageInfo.endCursor });
    const ids = [...(first.data?.dishonestyRecords.nodes ?? []), ...(second.data?.dishonestyRecords.nodes ?? [])].map((n) => Number(n.id));
    expect(first.data?.dishonestyRecords).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    expect(second.data?.dishonestyRecords.pageInfo.hasNextPage).toBe(false);
    expect(ids).toHaveLength(3);
    expect(ids).toEqual([...ids].sort((x, y) => y - x));
    for (const bad of ['first: 0', `first: ${MAX_PAGE_SIZE + 1}`, 'after: "nonsense"']) {
      const result = await subgraph.request(`{ dishonestyRecords(${bad}) { totalCount } }`);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: bad.split(':')[0] });
    }
  });

  it('filters records by region (by level), kind, status and USCC', async () => {
    const total = async (filter: string) =>
      (await subgraph.request<{ dishonestyRecords: { totalCount: number } }>(`{ dishonestyRecords(filter: { ${filter} }) { totalCount } }`)).data?.dishonestyRecords.totalCount;
    expect(await total('region: "430102"')).toBe(6);
    expect(await total('region: "430100"')).toBe(7);
    expect(await total('region: "310000"')).toBe(4);
    expect(await total('region: "310110"')).toBe(3);
    expect(await total('kind: [IMPERSONATION_CLUE]')).toBe(3);
    expect(await total('kind: [IMPERSONATION_CLUE], status: [ACTIVE]')).toBe(2);
    expect(await total('status: [REFUTED]')).toBe(1);
    expect(await total(`uscc: "${B}", kind: [SERIOUS_DISHONESTY_LIST, ADMINISTRATIVE_PENALTY]`)).toBe(3);
  });

  it('resolves any USCC as a market entity with its records, counts, ledger entries and interviews', async () => {
    await subgraph.dataSource.getRepository(InterviewEntity).insert([
      { uscc: A, region: '430102', units: ['长沙市芙蓉区发展和改革局'], conductedAt: '2021-04-12', summary: '约谈法定代表人。' },
      { uscc: A, region: '430104', units: ['长沙市岳麓区发展和改革局'], conductedAt: '2021-04-20', summary: '另一辖区的约谈。' },
    ]);
    const stranger = uscc('91110105MA01B0099');
    const result = await subgraph.request(`query ($r: [_Any!]!) { _entities(representations: $r) { ... on MarketEntity {
      uscc recordCount activeRecordCount
      dishonestyRecords(kind: [ADMINISTRATIVE_PENALTY], first: 1) { totalCount pageInfo { hasNextPage } nodes { kind subject { uscc } } }
      ledgerEntries { region status recordCount interviews { conductedAt } }
      interviews { region conductedBy conductedAt subject { uscc } }
    } } }`, { r: [{ __typename: 'MarketEntity', uscc: A }, { __typename: 'MarketEntity', uscc: stranger }] });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ _entities: [
      {
        uscc: A, recordCount: 3, activeRecordCount: 3,
        dishonestyRecords: { totalCount: 2, pageInfo: { hasNextPage: true }, nodes: [{ kind: 'ADMINISTRATIVE_PENALTY', subject: { uscc: A } }] },
        ledgerEntries: [{ region: '430102', status: 'IN_LEDGER', recordCount: 3, interviews: [{ conductedAt: '2021-04-12' }] }],
        interviews: [
          { region: '430104', conductedBy: '长沙市岳麓区发展和改革局', conductedAt: '2021-04-20', subject: { uscc: A } },
          { region: '430102', conductedBy: '长沙市芙蓉区发展和改革局', conductedAt: '2021-04-12', subject: { uscc: A } },
        ],
      },
      {
        uscc: stranger, recordCount: 0, activeRecordCount: 0,
        dishonestyRecords: { totalCount: 0, pageInfo: { hasNextPage: false }, nodes: [] }, ledgerEntries: [], interviews: [],
      },
    ] });
  });

  it('resolves records and ledger entries by id; an unknown or malformed id is null', async () => {
    const result = await subgraph.request(`query ($r: [_Any!]!) { _entities(representations: $r) {
      ... on DishonestyRecord { id kind } ... on LedgerEntry { id status }
    } }`, { r: [
      { __typename: 'DishonestyRecord', id: '1' }, { __typename: 'DishonestyRecord', id: '999999' }, { __typename: 'DishonestyRecord', id: 'abc' },
      { __typename: 'LedgerEntry', id: '1' }, { __typename: 'LedgerEntry', id: '999999' }, { __typename: 'LedgerEntry', id: '-1' },
    ] });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ _entities: [
      { id: '1', kind: 'ADMINISTRATIVE_PENALTY' }, null, null,
      { id: '1', status: 'IN_LEDGER' }, null, null,
    ] });
    const missing = await subgraph.request('{ dishonestyRecord(id: "424242") { id } x: dishonestyRecord(id: "x") { id } }');
    expect(missing).toEqual({ data: { dishonestyRecord: null, x: null } });
  });

  it('costs the same number of statements for 2 or 20 entities with nested records, counts, ledger entries and interviews', async () => {
    const many = Array.from({ length: 20 }, (_, i) => uscc(`91420106MA4K2${String(i).padStart(4, '0')}`));
    for (const code of many.slice(0, 8)) await record(penalty(code, { region: '420106' }));
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on MarketEntity {
      recordCount activeRecordCount
      dishonestyRecords(first: 2) { totalCount nodes { id subject { uscc } } }
      clues: dishonestyRecords(kind: [IMPERSONATION_CLUE], first: 1) { totalCount }
      ledgerEntries { targets recordCount interviews { id } }
      interviews { id }
    } } }`;
    const statementsFor = async (codes: string[]) => {
      subgraph.statements.reset();
      const result = await subgraph.request(query, { r: codes.map((code) => ({ __typename: 'MarketEntity', uscc: code })) });
      expect(result.errors).toBeUndefined();
      return subgraph.statements.count;
    };
    expect(await statementsFor(many)).toBe(await statementsFor(many.slice(0, 2)));
    const ledgerStatements = async (first: number) => {
      subgraph.statements.reset();
      const result = await subgraph.request(`{ governanceLedger(region: "420000", first: ${first}) { nodes { subject { uscc } targets recordCount interviews { id } } } }`);
      expect(result.errors).toBeUndefined();
      return subgraph.statements.count;
    };
    expect(await ledgerStatements(8)).toBe(await ledgerStatements(1));
  });

  it('marketEntity(uscc) answers for any USCC', async () => {
    const result = await subgraph.request(`{ marketEntity(uscc: "${A}") { uscc recordCount } }`);
    expect(result.data).toEqual({ marketEntity: { uscc: A, recordCount: 3 } });
  });

  describe('the ledger of a past month', () => {
    const G = uscc('91350102MA2Y10001');
    const H = uscc('91350102MA2Y10002');
    const K = uscc('91350102MA2Y10003');
    const region = '350102';
    type Entry = { subject: { uscc: string }; status: string; exclusionReason: string | null; exitedAt: string | null; targets: string[]; recordCount: number; interviews: { conductedAt: string }[] };
    const FIELDS = 'nodes { subject { uscc } status exclusionReason exitedAt targets recordCount interviews { conductedAt } }';
    const at = (iso: string) => {
      clock = new Date(iso);
    };
    const changeStatus = async (code: string, change: LedgerStatusChange) => {
      const entry = await subgraph.dataSource.getRepository(LedgerEntryEntity).findOneByOrFail({ uscc: code, region });
      await subgraph.dataSource.transaction((manager) => changeLedgerStatus(manager, entry.id, change));
    };
    const ledgers = async (...periods: (string | null)[]) => {
      const result = await subgraph.request<Record<string, { totalCount: number; nodes: Entry[] }>>(`{ ${periods
        .map((period, i) => `l${i}: governanceLedger(region: "350000"${period ? `, period: "${period}"` : ''}) { totalCount ${FIELDS} }`)
        .join(' ')} }`);
      expect(result.errors).toBeUndefined();
      return periods.map((_period, i) => new Map((result.data?.[`l${i}`]?.nodes ?? []).map((entry) => [entry.subject.uscc, entry])));
    };

    beforeAll(async () => {
      at('2021-05-10T10:00:00+08:00');
      await record(penalty(G, { region, decidedAt: '2021-05-08' }));
      await record(penalty(H, { region, decidedAt: '2021-05-08' }));
      at('2021-06-30T23:59:00+08:00');
      await record(penalty(G, { region, kind: 'IMPERSONATION_CLUE', documentNumber: null, decidedAt: '2021-06-30' }));
      await subgraph.dataSource.getRepository(InterviewEntity).insert([
        { uscc: G, region, units: ['福州市鼓楼区发展和改革局'], conductedAt: '2021-06-30', summary: '约谈。' },
        { uscc: G, region, units: ['福州市鼓楼区发展和改革局'], conductedAt: '2021-07-01', summary: '再次约谈。' },
      ]);
      await changeStatus(G, { status: 'EXITED', at: new Date('2021-07-01T00:00:00+08:00'), exitKind: 'CRITERIA_MET' });
      // An exclusion stored before exclusion was read live (it stays in the history of past months only).
      const entryOfH = await subgraph.dataSource.getRepository(LedgerEntryEntity).findOneByOrFail({ uscc: H, region });
      await subgraph.dataSource.getRepository(LedgerStatusChangeEntity).insert({ entryId: entryOfH.id, status: 'EXCLUDED', reason: '已办理注销登记', exitKind: null, at: new Date('2021-07-15T10:00:00+08:00') });
      at('2021-07-20T10:00:00+08:00');
      await record(penalty(K, { region, decidedAt: '2021-07-19' }));
      at('2021-08-03T10:00:00+08:00');
      await record(penalty(G, { region, decidedAt: '2021-08-02' }));
    });

    afterAll(() => at('2021-06-15T10:00:00+08:00'));

    it('shows only the entries added by the month’s end (Asia/Shanghai)', async () => {
      const [may, june, july, now] = await ledgers('2021-05', '2021-06', '2021-07', null);
      expect([...may.keys()]).toEqual([G, H]);
      expect([...june.keys()]).toEqual([G, H]);
      expect([...july.keys()]).toEqual([G, H, K]);
      expect([...now.keys()]).toEqual([G, H, K]);
    });

    it('shows each entry’s status as it was then: a later exit or exclusion is not yet there, an exit stays after a later return', async () => {
      const [june, july, now] = await ledgers('2021-06', '2021-07', null);
      expect(june.get(G)).toMatchObject({ status: 'IN_LEDGER', exitedAt: null, exclusionReason: null });
      expect(june.get(H)).toMatchObject({ status: 'IN_LEDGER', exitedAt: null, exclusionReason: null });
      expect(july.get(G)).toMatchObject({ status: 'EXITED', exitedAt: '2021-07-01T00:00:00.000+08:00', exclusionReason: null });
      expect(july.get(H)).toMatchObject({ status: 'EXCLUDED', exitedAt: null, exclusionReason: '已办理注销登记' });
      expect(now.get(G)).toMatchObject({ status: 'IN_LEDGER', exitedAt: null });
      // Now, exclusion is read live from institutions (through the gateway): the subgraph alone has only what it stores.
      expect(now.get(H)).toMatchObject({ status: 'IN_LEDGER', exclusionReason: null });
    });

    it('counts the records recorded by then, derives targets from them and lists the interviews conducted by then', async () => {
      const [may, june, july, now] = await ledgers('2021-05', '2021-06', '2021-07', null);
      expect(may.get(G)).toMatchObject({ recordCount: 1, targets: ['DISHONEST_INSTITUTION'], interviews: [] });
      expect(june.get(G)).toMatchObject({ recordCount: 2, targets: ['DISHONEST_INSTITUTION', 'IMPERSONATOR'], interviews: [{ conductedAt: '2021-06-30' }] });
      expect(july.get(G)).toMatchObject({ recordCount: 2, interviews: [{ conductedAt: '2021-07-01' }, { conductedAt: '2021-06-30' }] });
      expect(now.get(G)).toMatchObject({ recordCount: 3, interviews: [{ conductedAt: '2021-07-01' }, { conductedAt: '2021-06-30' }] });
    });

    it('refuses a month after the current one, naming `period`; the current month is the ledger now', async () => {
      const [august, now] = await ledgers('2021-08', null);
      expect([...august.keys()]).toEqual([...now.keys()]);
      expect(august.get(G)).toEqual(now.get(G));
      expect(august.get(K)).toEqual(now.get(K));
      const later = await subgraph.request('{ governanceLedger(region: "350000", period: "2021-09") { totalCount } }');
      expect(later.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
    });

    it('costs the same number of statements for one entry or all of them, in one month’s ledger or several', async () => {
      const statementsFor = async (query: string) => {
        subgraph.statements.reset();
        const result = await subgraph.request(query);
        expect(result.errors).toBeUndefined();
        return subgraph.statements.count;
      };
      const ledger = (first: number, period: string) => `governanceLedger(region: "350000", period: "${period}", first: ${first}) { ${FIELDS} }`;
      const one = await statementsFor(`{ ${ledger(1, '2021-07')} }`);
      expect(await statementsFor(`{ ${ledger(3, '2021-07')} }`)).toBe(one);
      const two = await statementsFor(`{ a: ${ledger(1, '2021-06')} b: ${ledger(1, '2021-07')} }`);
      expect(await statementsFor(`{ a: ${ledger(3, '2021-06')} b: ${ledger(3, '2021-07')} }`)).toBe(two);
    });
  });
});

describe.each(testDrivers())('records migrations on %s', (driver) => {
  let storage: TestStorage;

  beforeAll(() => {
    storage = createTestStorage(driver);
  });

  afterAll(async () => {
    await storage.cleanup();
  });

  it('gives each interview stored before its one unit, moves the duplicate rule to authority + number, and goes back down', async () => {
    const config = storage.storageFor('records_workflows');
    const workflows = recordsMigrations.indexOf(RecordsWorkflows1764600002000);
    const before = await createDataSource({ storage: config, entities: [], migrations: recordsMigrations.slice(0, workflows) });
    try {
      await before.runMigrations({ transaction: 'each' });
      await before.query('INSERT INTO interview (uscc, region, conductedBy, conductedAt, summary) VALUES (?, ?, ?, ?, ?)', [A, '430102', '长沙市芙蓉区发展和改革局', '2021-04-12', '约谈。']);
    } finally {
      await before.destroy();
    }
    const after = await createDataSource({ storage: config, entities: recordsEntities, migrations: recordsMigrations });
    try {
      await after.runMigrations({ transaction: 'each' });
      const interviews = await after.getRepository(InterviewEntity).find();
      expect(interviews.map(({ uscc: code, units }) => ({ uscc: code, units }))).toEqual([{ uscc: A, units: ['长沙市芙蓉区发展和改革局'] }]);
      const row = { uscc: A, subjectName: '某公司', subjectIdentifiers: [], region: '430102', severity: 'GENERAL' as const, authority: '长沙市芙蓉区市场监督管理局',
        documentNumber: '芙市监罚〔2021〕1号', documentNumberKey: '芙市监罚〔2021〕1号', decidedAt: '2021-03-01', status: 'ACTIVE' as const, summary: '处罚。', recordedAt: new Date() };
      await after.getRepository(DishonestyRecordEntity).insert({ ...row, kind: 'ADMINISTRATIVE_PENALTY' });
      await expect(after.getRepository(DishonestyRecordEntity).insert({ ...row, kind: 'SERIOUS_DISHONESTY_LIST' })).rejects.toThrow();
      for (let undone = recordsMigrations.length; undone > workflows; undone--) await after.undoLastMigration({ transaction: 'each' });
      const down: { conductedBy: string }[] = await after.query('SELECT conductedBy FROM interview');
      expect(down).toEqual([{ conductedBy: '长沙市芙蓉区发展和改革局' }]);
    } finally {
      await after.destroy();
    }
  });

  it('gives entries that exited or were excluded before the status history existed their change', async () => {
    const config = storage.storageFor('records_migrations');
    const before = await createDataSource({ storage: config, entities: [], migrations: [CreateRecords1764400001000] });
    const entry = (code: string, status: LedgerStatus, exitedAt: string | null, exclusionReason: string | null) =>
      [code, '430102', '某公司', status, exclusionReason, '2021-03-05 02:00:00.000', exitedAt];
    try {
      await before.runMigrations({ transaction: 'each' });
      for (const row of [
        entry(A, 'IN_LEDGER', null, null),
        entry(B, 'EXITED', '2021-04-28 02:00:00.123', null),
        entry(C, 'EXCLUDED', null, '已进入破产程序'),
      ]) {
        await before.query('INSERT INTO ledger_entry (uscc, region, subjectName, status, exclusionReason, addedAt, exitedAt) VALUES (?, ?, ?, ?, ?, ?, ?)', row);
      }
    } finally {
      await before.destroy();
    }
    const after = await createDataSource({ storage: config, entities: recordsEntities, migrations: recordsMigrations });
    try {
      await after.runMigrations({ transaction: 'each' });
      const ids = new Map((await after.getRepository(LedgerEntryEntity).find()).map((row) => [row.uscc, row.id]));
      const changes = await after.getRepository(LedgerStatusChangeEntity).find({ order: { entryId: 'ASC' } });
      expect(changes.map(({ entryId, status, reason, at }) => ({ entryId, status, reason, at }))).toEqual([
        { entryId: ids.get(B), status: 'EXITED', reason: null, at: new Date('2021-04-28T02:00:00.123Z') },
        { entryId: ids.get(C), status: 'EXCLUDED', reason: '已进入破产程序', at: new Date('2021-03-05T02:00:00Z') },
      ]);
      // Exclusion is read live since the ledger contract: the stored EXCLUDED is gone, its history stays; going down restores it.
      const statuses = async () => new Map((await after.query('SELECT uscc, status, exclusionReason FROM ledger_entry')).map((row: { uscc: string; status: string; exclusionReason: string | null }) => [row.uscc, [row.status, row.exclusionReason]]));
      expect((await statuses()).get(C)).toEqual(['IN_LEDGER', null]);
      for (let undone = recordsMigrations.length; undone > recordsMigrations.indexOf(LedgerContract1765000001000); undone--) await after.undoLastMigration({ transaction: 'each' });
      expect(await statuses()).toEqual(new Map([[A, ['IN_LEDGER', null]], [B, ['EXITED', null]], [C, ['EXCLUDED', '已进入破产程序']]]));
    } finally {
      await after.destroy();
    }
  });

  it('encrypts the subjects of records stored before, keeps them whole (a 200-character name), and decrypts them again going down', async () => {
    const config = storage.storageFor('records_subjects');
    const longName = '某'.repeat(199) + '𠀀';
    const stored: [string, string | null, string, string[]][] = [
      ['1', A, '长沙某征信服务有限公司', []],
      ['2', null, longName, ['微信号 xyxf0001', 'www.example-repair.example']],
    ];
    const encrypting = recordsMigrations.indexOf(EncryptRecordSubjects1764500001000);
    const before = await createDataSource({ storage: config, entities: recordsEntities, migrations: recordsMigrations.slice(0, encrypting) });
    try {
      await before.runMigrations({ transaction: 'each' });
      for (const [id, code, name, identifiers] of stored) {
        await before.query(
          'INSERT INTO dishonesty_record (id, uscc, subjectName, subjectIdentifiers, region, kind, severity, authority, decidedAt, status, summary, recordedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
          [id, code, name, JSON.stringify(identifiers), '430102', 'IMPERSONATION_CLUE', 'GENERAL', '长沙市芙蓉区发展和改革局', '2021-05-01', 'ACTIVE', '线索。', '2021-05-01 02:00:00.000'],
        );
      }
    } finally {
      await before.destroy();
    }
    const after = await createDataSource({ storage: config, entities: recordsEntities, migrations: recordsMigrations });
    try {
      await after.runMigrations({ transaction: 'each' });
      const raw: { subjectName: string; subjectIdentifiers: string }[] = await after.query('SELECT subjectName, subjectIdentifiers FROM dishonesty_record ORDER BY id');
      for (const row of raw) {
        expect(row.subjectName).toMatch(/^aes256gcm:/);
        expect(row.subjectIdentifiers).toMatch(/^aes256gcm:/);
      }
      expect(raw[1].subjectName).not.toContain('某');
      expect(raw[1].subjectIdentifiers).not.toContain('xyxf0001');
      const records = await after.getRepository(DishonestyRecordEntity).find({ order: { id: 'ASC' } });
      expect(records.map(({ uscc: code, subjectName, subjectIdentifiers }) => [code, subjectName, subjectIdentifiers])).toEqual(stored.map(([, ...rest]) => rest));
      // Down to before the encryption (the later migrations go down first).
      for (let undone = recordsMigrations.length; undone > encrypting; undone--) await after.undoLastMigration({ transaction: 'each' });
      const clear: { subjectName: string; subjectIdentifiers: string }[] = await after.query('SELECT subjectName, subjectIdentifiers FROM dishonesty_record ORDER BY id');
      expect(clear.map((row) => [row.subjectName, JSON.parse(row.subjectIdentifiers)])).toEqual(stored.map(([, , name, identifiers]) => [name, identifiers]));
    } finally {
      await after.destroy();
    }
  });
});

describe.each(testDrivers())('records demo seed on %s', (driver) => {
  let storage: TestStorage;
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    storage = createTestStorage(driver);
    subgraph = await startTestSubgraph(recordsSubgraph, storage.storageFor('records'));
    await recordsSubgraph.seedDemo?.(subgraph.dataSource);
    await recordsSubgraph.seedDemo?.(subgraph.dataSource);
  });

  afterAll(async () => {
    await subgraph.close();
    await storage.cleanup();
  });

  const enumValues = async (name: string) =>
    (await subgraph.request<{ __type: { enumValues: { name: string }[] } }>(`{ __type(name: "${name}") { enumValues { name } } }`))
      .data?.__type.enumValues.map((v) => v.name).sort();

  it('seeds the fixed record ids in every kind, status and severity, once', async () => {
    type Records = { dishonestyRecords: { totalCount: number; nodes: { id: string; kind: string; status: string; severity: string; subject: { uscc: string } | null; subjectIdentifiers: string[] }[] } };
    const result = await subgraph.request<Records>('{ dishonestyRecords(first: 100) { totalCount nodes { id kind status severity subject { uscc } subjectIdentifiers } } }');
    const nodes = result.data?.dishonestyRecords.nodes ?? [];
    expect(result.data?.dishonestyRecords.totalCount).toBe(nodes.length);
    expect(nodes.map((n) => Number(n.id))).toEqual(expect.arrayContaining(Object.values(demoRecordIds)));
    expect([...new Set(nodes.map((n) => n.kind))].sort()).toEqual(await enumValues('RecordKind'));
    expect([...new Set(nodes.map((n) => n.status))].sort()).toEqual(await enumValues('RecordStatus'));
    expect([...new Set(nodes.map((n) => n.severity))].sort()).toEqual(await enumValues('Severity'));
    expect(nodes.find((n) => Number(n.id) === demoRecordIds.anonymousClue)).toMatchObject({
      subject: null, subjectIdentifiers: ['微信号 xyxf8888', 'www.xyxf-kuaisu.example'], kind: 'IMPERSONATION_CLUE',
    });
    expect(nodes.find((n) => Number(n.id) === demoRecordIds.changshaExitedPenalty)?.subject).toEqual({ uscc: demoEntities.changshaExited.uscc });
  });

  it('seeds the anonymous clue where the complaint about it was handled: Shenzhen Nanshan (440305), by its lead unit', async () => {
    const result = await subgraph.request(`{ dishonestyRecord(id: "${demoRecordIds.anonymousClue}") { subjectName subjectIdentifiers region authority } }`);
    expect(result.data).toEqual({ dishonestyRecord: {
      subjectName: demoAnonymousSubject.name, subjectIdentifiers: [...demoAnonymousSubject.identifiers], region: '440305', authority: '深圳市南山区发展和改革局',
    } });
    const shenzhen = await subgraph.request<{ dishonestyRecords: { nodes: { id: string }[] } }>('{ dishonestyRecords(filter: { region: "440305", kind: [IMPERSONATION_CLUE] }, first: 100) { nodes { id } } }');
    expect(shenzhen.data?.dishonestyRecords.nodes.map((n) => Number(n.id))).toContain(demoRecordIds.anonymousClue);
    const complaint = demoComplaints.find(({ submission }) => submission.uscc === null)?.submission;
    expect(complaint).toMatchObject({ region: '440305', subjectName: demoAnonymousSubject.name, subjectIdentifiers: [...demoAnonymousSubject.identifiers] });
  });

  it('seeds ledger entries in every stored status and target, with an exit kind and interviews (exclusion is read live from institutions)', async () => {
    type Entry = { subject: { uscc: string }; region: string; status: string; targets: string[]; exclusionReason: string | null; exitedAt: string | null; exitKind: string | null; recordCount: number; remarks: string | null; responsibleUnit: string | null; interviews: { conductedBy: string }[] };
    const provinces = ['430000', '110000', '310000', '440000', '420000', '330000'];
    const result = await subgraph.request<Record<string, { nodes: Entry[] }>>(
      `{ ${provinces.map((p) => `p${p}: governanceLedger(region: "${p}") { nodes { subject { uscc } region status targets exclusionReason exitedAt exitKind recordCount remarks responsibleUnit interviews { conductedBy } } }`).join(' ')} }`,
    );
    expect(result.errors).toBeUndefined();
    const entries = Object.values(result.data ?? {}).flatMap((connection) => connection.nodes);
    const byEntity = new Map(entries.map((entry) => [entry.subject.uscc, entry]));
    const { changshaCredit, beijingRating, shenzhenImpersonator, shanghaiBankrupt, changshaLost, wuhanClosed, hangzhouRevoked, changshaExited } = demoEntities;
    // Without the gateway (no business status sent), the subgraph shows what it stores: nobody is stored EXCLUDED.
    for (const entity of [changshaCredit, beijingRating, shenzhenImpersonator, shanghaiBankrupt, changshaLost, wuhanClosed, hangzhouRevoked]) {
      expect(byEntity.get(entity.uscc)).toMatchObject({ region: entity.region, status: 'IN_LEDGER', exclusionReason: null, exitKind: null });
    }
    for (const entity of [shanghaiBankrupt, changshaLost, wuhanClosed, hangzhouRevoked]) {
      expect(byEntity.get(entity.uscc)).toMatchObject({ targets: ['DISHONEST_INSTITUTION'] });
      expect(byEntity.get(entity.uscc)?.recordCount).toBeGreaterThan(0);
    }
    expect(byEntity.get(changshaExited.uscc)).toMatchObject({ status: 'EXITED', exitedAt: expect.any(String), exitKind: 'CRITERIA_MET', recordCount: 1 });
    expect(byEntity.get(changshaCredit.uscc)).toMatchObject({ responsibleUnit: '长沙市芙蓉区发展和改革局', remarks: expect.any(String) });
    expect(byEntity.get(shenzhenImpersonator.uscc)?.targets).toEqual(['IMPERSONATOR']);
    expect(byEntity.get(beijingRating.uscc)?.targets).toEqual(['DISHONEST_INSTITUTION', 'IMPERSONATOR']);
    expect(byEntity.get(changshaCredit.uscc)).toMatchObject({ targets: ['DISHONEST_INSTITUTION'], recordCount: 2 });
    expect(byEntity.get(changshaCredit.uscc)?.interviews).toHaveLength(1);
    expect(byEntity.get(beijingRating.uscc)?.interviews).toHaveLength(1);
    expect([...new Set(entries.map((e) => e.status))].sort()).toEqual(['EXITED', 'IN_LEDGER']);
    expect([...new Set(entries.flatMap((e) => e.targets))].sort()).toEqual(await enumValues('GovernanceTarget'));
  });
});

const as = {
  national: NATIONAL_REGULATOR,
  hunan: { role: 'LEAD_UNIT', subject: 'hunan-lead-1', region: '430000' },
  changsha: { role: 'LEAD_UNIT', subject: 'changsha-lead-1', region: '430100' },
  furong: { role: 'LEAD_UNIT', subject: 'furong-lead-1', region: '430102' },
  nanshan: { role: 'LEAD_UNIT', subject: 'nanshan-lead-1', region: '440305' },
  beijing: { role: 'LEAD_UNIT', subject: 'beijing-lead-1', region: '110000' },
  changshaCredit: { role: 'INSTITUTION', subject: 'changsha-credit-admin', uscc: demoEntities.changshaCredit.uscc },
  beijingRating: { role: 'INSTITUTION', subject: 'beijing-rating-admin', uscc: demoEntities.beijingRating.uscc },
  service: { role: 'SERVICE', subject: 'service:repair', service: 'repair' },
  industry: { role: 'INDUSTRY_REGULATOR', subject: 'nanshan-amr-1', region: '440305', sector: '市场监管' },
  court: { role: 'COURT', subject: 'furong-court-1', court: '湘0102' },
  public: { role: 'PUBLIC', subject: '' },
} satisfies Record<string, Identity>;

type Caller = keyof typeof as;

const codesOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.map((error) => error.extensions?.code);

describe.each(testDrivers())('records authorization on %s (docs/authorization.md)', (driver) => {
  let storage: TestStorage;
  let subgraph: TestSubgraph;
  const { changshaCredit, beijingRating, shenzhenImpersonator } = demoEntities;
  const ids = demoRecordIds;

  const ask = <T = Record<string, unknown>>(caller: Caller, query: string, variables?: Record<string, unknown>) =>
    subgraph.request<T>(query, variables, { identity: as[caller] });
  const auditEntries = () => subgraph.dataSource.getRepository(AuditEntryEntity).find({ order: { id: 'ASC' } });

  beforeAll(async () => {
    storage = createTestStorage(driver);
    subgraph = await startTestSubgraph(recordsSubgraph, storage.storageFor('records'), { now: () => new Date('2021-06-15T10:00:00+08:00') });
    await recordsSubgraph.seedDemo?.(subgraph.dataSource);
  });

  afterAll(async () => {
    await subgraph.close();
    await storage.cleanup();
  });

  describe('dishonestyRecord(id) and DishonestyRecord in _entities', () => {
    const RECORD = 'query ($id: ID!) { dishonestyRecord(id: $id) { id region subject { uscc } } }';
    const ENTITIES = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on DishonestyRecord { id region } } }';
    const refs = (...recordIds: number[]) => ({ r: recordIds.map((id) => ({ __typename: 'DishonestyRecord', id: String(id) })) });

    it.each<[Caller, number, boolean]>([
      ['national', ids.changshaPenalty, true],
      ['service', ids.beijingFalseDisclosure, true],
      ['hunan', ids.changshaPenalty, true],
      ['changsha', ids.changshaPenalty, true],
      ['furong', ids.changshaPenalty, true],
      ['furong', ids.changshaExitedPenalty, false],
      ['beijing', ids.changshaPenalty, false],
      ['beijing', ids.beijingFalseDisclosure, true],
      ['changshaCredit', ids.changshaListEntry, true],
      ['changshaCredit', ids.beijingFalseDisclosure, false],
      ['changshaCredit', ids.anonymousClue, false],
      ['beijingRating', ids.beijingRevokedBreach, true],
    ])('as %s, record %i: shown %s, out of scope as absent as a missing one', async (caller, id, shown) => {
      const single = await ask(caller, RECORD, { id: String(id) });
      expect(single).toEqual({ data: { dishonestyRecord: shown ? expect.objectContaining({ id: String(id) }) : null } });
      const entities = await ask(caller, ENTITIES, refs(id, 424242));
      expect(entities).toEqual({ data: { _entities: [shown ? expect.objectContaining({ id: String(id) }) : null, null] } });
    });

    it.each<Caller>(['industry', 'court', 'public'])('refuses %s (FORBIDDEN), whether the record exists or not', async (caller) => {
      for (const id of [ids.changshaPenalty, 424242]) {
        const single = await ask(caller, RECORD, { id: String(id) });
        expect(single.data?.dishonestyRecord ?? null).toBeNull();
        expect(codesOf(single)).toEqual(['FORBIDDEN']);
        expect(codesOf(await ask(caller, ENTITIES, refs(id)))).toEqual(['FORBIDDEN']);
      }
    });
  });

  describe('dishonestyRecords(filter)', () => {
    type Page = { dishonestyRecords: { totalCount: number; nodes: { region: string; subject: { uscc: string } | null }[] } };
    const LIST = 'query ($filter: DishonestyRecordFilter) { dishonestyRecords(filter: $filter, first: 100) { totalCount nodes { region subject { uscc } } } }';
    const list = async (caller: Caller, filter: Record<string, unknown> = {}) => {
      const result = await ask<Page>(caller, LIST, { filter });
      expect(result.errors).toBeUndefined();
      return result.data?.dishonestyRecords ?? { totalCount: -1, nodes: [] };
    };

    it('lists and counts only the lead unit’s region, cut by level; another region’s filter is empty', async () => {
      const all = await list('national');
      const hunan = await list('hunan');
      expect(hunan.totalCount).toBe(all.nodes.filter((n) => n.region.startsWith('43')).length);
      expect(hunan.nodes.every((n) => n.region.startsWith('43'))).toBe(true);
      expect(hunan.totalCount).toBeGreaterThan(0);
      const furong = await list('furong');
      expect(furong.nodes.map((n) => n.region)).toEqual(furong.nodes.map(() => '430102'));
      expect(furong.totalCount).toBe(all.nodes.filter((n) => n.region === '430102').length);
      expect(await list('beijing', { region: '430000' })).toEqual({ totalCount: 0, nodes: [] });
      expect((await list('hunan', { region: '430102' })).totalCount).toBe(furong.totalCount);
    });

    it('lists only an institution’s own records; another entity’s filter is empty', async () => {
      const own = await list('beijingRating');
      expect(own.totalCount).toBeGreaterThan(0);
      expect(own.nodes.every((n) => n.subject?.uscc === beijingRating.uscc)).toBe(true);
      expect(await list('beijingRating', { uscc: changshaCredit.uscc })).toEqual({ totalCount: 0, nodes: [] });
    });

    it.each<Caller>(['service', 'industry', 'court', 'public'])('refuses %s (FORBIDDEN)', async (caller) => {
      expect(codesOf(await ask(caller, LIST))).toEqual(['FORBIDDEN']);
    });
  });

  describe('the records facts of MarketEntity', () => {
    type Facts = { uscc: string; recordCount: number; activeRecordCount: number; dishonestyRecords: { totalCount: number; nodes: { region: string }[] }; ledgerEntries: { region: string }[]; interviews: { region: string }[] };
    const FACTS = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on MarketEntity {
      uscc recordCount activeRecordCount dishonestyRecords(first: 50) { totalCount nodes { region } } ledgerEntries { region } interviews { region }
    } } }`;
    const facts = async (caller: Caller, ...usccs: string[]) => {
      const result = await ask<{ _entities: Facts[] }>(caller, FACTS, { r: usccs.map((uscc) => ({ __typename: 'MarketEntity', uscc })) });
      expect(result.errors).toBeUndefined();
      return result.data?._entities ?? [];
    };
    const nothing = (uscc: string): Facts => ({ uscc, recordCount: 0, activeRecordCount: 0, dishonestyRecords: { totalCount: 0, nodes: [] }, ledgerEntries: [], interviews: [] });

    it('shows everything to the national regulator', async () => {
      const [national] = await facts('national', changshaCredit.uscc);
      expect(national).toMatchObject({ recordCount: 2, dishonestyRecords: { totalCount: 2 }, ledgerEntries: [{ region: '430102' }], interviews: [{ region: '430102' }] });
    });

    it('shows a service the counts, as to the national regulator', async () => {
      const COUNTS = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on MarketEntity { uscc recordCount activeRecordCount } } }`;
      const usccs = [changshaCredit.uscc, beijingRating.uscc];
      const expected = (await facts('national', ...usccs)).map(({ uscc, recordCount, activeRecordCount }) => ({ uscc, recordCount, activeRecordCount }));
      expect(expected[0]).toMatchObject({ recordCount: 2 });
      expect(await ask('service', COUNTS, { r: usccs.map((uscc) => ({ __typename: 'MarketEntity', uscc })) })).toEqual({ data: { _entities: expected } });
    });

    it.each(['dishonestyRecords(first: 50) { totalCount }', 'ledgerEntries { region }', 'interviews { region }'])(
      'refuses a service (FORBIDDEN) MarketEntity.%s',
      async (field) => {
        const result = await ask('service', `query ($r: [_Any!]!) { _entities(representations: $r) { ... on MarketEntity { uscc ${field} } } }`, {
          r: [{ __typename: 'MarketEntity', uscc: changshaCredit.uscc }],
        });
        expect(codesOf(result)).toEqual(['FORBIDDEN']);
        expect(result.errors?.[0]?.path).toEqual(['_entities', 0, field.split(/[ (]/)[0]]);
      },
    );

    it('shows a lead unit only the rows in its region: another region’s entity reads as one with no records', async () => {
      const [inside, outside] = await facts('changsha', changshaCredit.uscc, beijingRating.uscc);
      expect(inside).toEqual((await facts('national', changshaCredit.uscc))[0]);
      expect(outside).toEqual(nothing(beijingRating.uscc));
      const [shenzhen] = await facts('hunan', shenzhenImpersonator.uscc);
      expect(shenzhen).toEqual(nothing(shenzhenImpersonator.uscc));
    });

    it('shows an institution only itself', async () => {
      const [own, other] = await facts('beijingRating', beijingRating.uscc, changshaCredit.uscc);
      expect(own).toEqual((await facts('national', beijingRating.uscc))[0]);
      expect(own.recordCount).toBeGreaterThan(0);
      expect(other).toEqual(nothing(changshaCredit.uscc));
    });

    it.each<Caller>(['industry', 'court', 'public'])('refuses %s (FORBIDDEN) each field; the entity’s key is still answered', async (caller) => {
      const result = await ask(caller, `{ marketEntity(uscc: "${changshaCredit.uscc}") { uscc recordCount } }`);
      expect(codesOf(result)).toEqual(['FORBIDDEN']);
      expect(await ask(caller, `{ marketEntity(uscc: "${changshaCredit.uscc}") { uscc } }`)).toEqual({ data: { marketEntity: { uscc: changshaCredit.uscc } } });
    });

    it('costs a lead unit the same number of statements for 2 or 9 entities', async () => {
      const usccs = Object.values(demoEntities).map((entity) => entity.uscc);
      const statementsFor = async (codes: string[]) => {
        subgraph.statements.reset();
        await facts('hunan', ...codes);
        return subgraph.statements.count;
      };
      expect(await statementsFor(usccs)).toBe(await statementsFor(usccs.slice(0, 2)));
    });
  });

  describe('governanceLedger(region) and LedgerEntry in _entities', () => {
    type Ledger = { governanceLedger: { totalCount: number; nodes: { id: string; region: string; subject: { uscc: string } }[] } | null };
    const LEDGER = 'query ($region: RegionCode!) { governanceLedger(region: $region, first: 100) { totalCount nodes { id region subject { uscc } } } }';
    const ENTRIES = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on LedgerEntry { id region } } }';
    const entryIdOf = async (uscc: string) => (await subgraph.dataSource.getRepository(LedgerEntryEntity).findOneByOrFail({ uscc })).id;

    it.each<[Caller, string]>([
      ['national', '430000'],
      ['hunan', '430000'],
      ['hunan', '430102'],
      ['changsha', '430100'],
      ['furong', '430102'],
      ['beijing', '110105'],
      ['service', '430000'],
    ])('gives %s the ledger of %s, in its scope', async (caller, region) => {
      const result = await ask<Ledger>(caller, LEDGER, { region });
      expect(result.errors).toBeUndefined();
      expect(result.data?.governanceLedger?.totalCount).toBeGreaterThan(0);
    });

    it.each<[Caller, string]>([
      ['changsha', '430000'],
      ['furong', '430100'],
      ['beijing', '430102'],
      ['hunan', '440000'],
      ['changshaCredit', '430102'],
      ['industry', '440305'],
      ['court', '430102'],
      ['public', '430000'],
    ])('refuses %s the ledger of %s (FORBIDDEN)', async (caller, region) => {
      const result = await ask<Ledger>(caller, LEDGER, { region });
      expect(codesOf(result)).toEqual(['FORBIDDEN']);
      expect(result.data?.governanceLedger ?? null).toBeNull();
    });

    it('resolves entries for the national regulator, a service, a lead unit in scope and the institution itself; another’s entry is null', async () => {
      const changshaEntry = String(await entryIdOf(changshaCredit.uscc));
      const beijingEntry = String(await entryIdOf(beijingRating.uscc));
      const refs = { r: [changshaEntry, beijingEntry].map((id) => ({ __typename: 'LedgerEntry', id })) };
      const both = { data: { _entities: [{ id: changshaEntry, region: '430102' }, { id: beijingEntry, region: '110105' }] } };
      expect(await ask('national', ENTRIES, refs)).toEqual(both);
      expect(await ask('service', ENTRIES, refs)).toEqual(both);
      expect(await ask('hunan', ENTRIES, refs)).toEqual({ data: { _entities: [{ id: changshaEntry, region: '430102' }, null] } });
      expect(await ask('beijing', ENTRIES, refs)).toEqual({ data: { _entities: [null, { id: beijingEntry, region: '110105' }] } });
      // An institution reads its own entry (what blocks its exit), not another's.
      expect(await ask('changshaCredit', ENTRIES, refs)).toEqual({ data: { _entities: [{ id: changshaEntry, region: '430102' }, null] } });
      for (const caller of ['industry', 'court', 'public'] as const) expect(codesOf(await ask(caller, ENTRIES, refs))).toContain('FORBIDDEN');
    });
  });

  describe('recordDishonesty', () => {
    const RECORD_DISHONESTY = 'mutation ($input: RecordDishonestyInput!) { recordDishonesty(input: $input) { id region } }';
    const recordCount = () => subgraph.dataSource.getRepository(DishonestyRecordEntity).count();
    let serial = 0;
    const input = (region: string, overrides: Record<string, unknown> = {}) => {
      serial += 1;
      return {
        subjectUscc: uscc(`91430105MA4LA${String(serial).padStart(4, '0')}`), subjectName: `授权测试机构${serial}`, region,
        kind: 'ADMINISTRATIVE_PENALTY', authority: '测试市场监督管理局', documentNumber: `授权测试〔2021〕${serial}号`, decidedAt: '2021-06-01', summary: '测试。',
        ...overrides,
      };
    };

    it.each<[Caller, string]>([
      ['service', '430102'],
      ['changshaCredit', '430102'],
      ['industry', '440305'],
      ['court', '430102'],
      ['public', '430102'],
      ['changsha', '430000'],
      ['furong', '430104'],
      ['beijing', '430102'],
    ])('refuses %s recording in %s (FORBIDDEN) before looking at the input, and stores nothing', async (caller, region) => {
      const before = { records: await recordCount(), audit: (await auditEntries()).length };
      const result = await ask(caller, RECORD_DISHONESTY, { input: input(region, { subjectName: ' ', documentNumber: null }) });
      expect(codesOf(result)).toEqual(['FORBIDDEN']);
      expect({ records: await recordCount(), audit: (await auditEntries()).length }).toEqual(before);
    });

    it('lets a lead unit record in its region and writes who, role, when, operation and object to the audit log', async () => {
      const result = await ask<{ recordDishonesty: { id: string; region: string } }>('changsha', RECORD_DISHONESTY, { input: input('430105') });
      expect(result.errors).toBeUndefined();
      const id = result.data?.recordDishonesty.id;
      expect(result.data?.recordDishonesty).toEqual({ id: expect.any(String), region: '430105' });
      const entry = (await auditEntries()).find((e) => e.operation === 'recordDishonesty' && e.objectId === id);
      expect(entry).toMatchObject({
        actor: 'changsha-lead-1', role: 'LEAD_UNIT', objectType: 'DishonestyRecord', at: new Date('2021-06-15T10:00:00+08:00'),
        summary: expect.stringContaining('ADMINISTRATIVE_PENALTY'),
      });
      const invalid = await ask('changsha', RECORD_DISHONESTY, { input: input('430105', { subjectName: ' ' }) });
      expect(invalid.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.subjectName' });
    });

    it('shows the audit log to the national regulator only', async () => {
      const LOG = '{ recordsAuditLog(first: 50) { totalCount nodes { actor role operation objectType objectId summary } } }';
      const log = await ask<{ recordsAuditLog: { totalCount: number; nodes: { operation: string }[] } }>('national', LOG);
      expect(log.errors).toBeUndefined();
      expect(log.data?.recordsAuditLog.nodes.map((n) => n.operation)).toContain('recordDishonesty');
      for (const caller of ['hunan', 'service', 'changshaCredit', 'industry', 'court', 'public'] as const) expect(codesOf(await ask(caller, LOG))).toEqual(['FORBIDDEN']);
    });
  });

  describe('individuals named in clues (personal data)', () => {
    const SUBJECT = 'query ($id: ID!) { dishonestyRecord(id: $id) { id subjectName subjectIdentifiers } }';
    type Subject = { dishonestyRecord: { id: string; subjectName: string; subjectIdentifiers: string[] } | null };
    const clearReads = async () => (await auditEntries()).filter((e) => e.operation === 'READ_PERSONAL_DATA');

    it('stores the subject’s name and identifiers encrypted', async () => {
      const [raw] = await subgraph.dataSource.query('SELECT subjectName, subjectIdentifiers FROM dishonesty_record WHERE id = ?', [ids.anonymousClue]);
      for (const column of [raw.subjectName, raw.subjectIdentifiers]) {
        expect(column).toMatch(/^aes256gcm:/);
        expect(column).not.toContain(demoAnonymousSubject.name);
        for (const identifier of demoAnonymousSubject.identifiers) expect(column).not.toContain(identifier.split(' ').pop());
      }
      const clue = await subgraph.dataSource.getRepository(DishonestyRecordEntity).findOneByOrFail({ id: ids.anonymousClue });
      expect(clue).toMatchObject({ subjectName: demoAnonymousSubject.name, subjectIdentifiers: [...demoAnonymousSubject.identifiers] });
    });

    it.each<Caller>(['national', 'nanshan'])('shows it in clear to %s and logs the read', async (caller) => {
      const before = (await clearReads()).length;
      const result = await ask<Subject>(caller, SUBJECT, { id: String(ids.anonymousClue) });
      expect(result.data?.dishonestyRecord).toEqual({
        id: String(ids.anonymousClue), subjectName: demoAnonymousSubject.name, subjectIdentifiers: [...demoAnonymousSubject.identifiers],
      });
      const reads = await clearReads();
      expect(reads).toHaveLength(before + 1);
      expect(reads[reads.length - 1]).toMatchObject({ actor: as[caller].subject, role: as[caller].role, objectType: 'DishonestyRecord', objectId: String(ids.anonymousClue) });
    });

    it('masks it for a service, and logs nothing', async () => {
      const before = (await clearReads()).length;
      const result = await ask<Subject>('service', SUBJECT, { id: String(ids.anonymousClue) });
      expect(result.data?.dishonestyRecord).toEqual({
        id: String(ids.anonymousClue), subjectName: maskName(demoAnonymousSubject.name), subjectIdentifiers: ['微信号 x***', 'w***'],
      });
      expect(JSON.stringify(result)).not.toContain('xyxf');
      expect(await clearReads()).toHaveLength(before);
    });

    it('shows a market entity’s name (not personal data) to every reader, without logging', async () => {
      const before = (await clearReads()).length;
      const result = await ask<Subject>('service', SUBJECT, { id: String(ids.shenzhenClue) });
      expect(result.data?.dishonestyRecord?.subjectName).toBe(shenzhenImpersonator.name);
      expect(await clearReads()).toHaveLength(before);
    });

    it('logs one read per record however many fields and aliases show it, at the cost of one read alone', async () => {
      const statementsFor = async (query: string) => {
        subgraph.statements.reset();
        const result = await ask('nanshan', query);
        expect(result.errors).toBeUndefined();
        return subgraph.statements.count;
      };
      const once = await statementsFor(`{ dishonestyRecord(id: "${ids.anonymousClue}") { subjectName } }`);
      const before = (await clearReads()).length;
      const many = await statementsFor(`{
        a: dishonestyRecord(id: "${ids.anonymousClue}") { subjectName subjectIdentifiers }
        b: dishonestyRecord(id: "${ids.anonymousClue}") { subjectName }
        c: dishonestyRecord(id: "${ids.shenzhenClue}") { subjectName }
      }`);
      expect(many).toBe(once);
      expect(await clearReads()).toHaveLength(before + 1);
    });

    it('masks identifiers, keeping only a known kind in front', () => {
      expect(['微信号 xyxf8888', 'www.xyxf-kuaisu.example', 'QQ：123456', '张三 13800138000', ''].map(maskIdentifier)).toEqual([
        '微信号 x***', 'w***', 'QQ：1***', '张***', '***',
      ]);
    });
  });
});
