import { decodeJwt } from 'jose';
import { AuditEntryEntity } from '../../subgraphs/kit/audit/AuditEntryEntity';
import { deadlineFor } from '../../subgraphs/kit/calendar/deadline';
import { createTimeLimits } from '../../subgraphs/kit/calendar/timeLimits';
import { createWorkingDayCalendar } from '../../subgraphs/kit/calendar/workingDayCalendar';
import { demoDay, demoEntities, demoRecordIds } from '../../subgraphs/kit/demo/demoCast';
import type { Identity } from '../../subgraphs/kit/identity/identity';
import { formatDateTime } from '../../subgraphs/kit/scalars/dateTime';
import { seedRepairDemo } from '../../subgraphs/repair/demo/seedRepairDemo';
import { ConfirmationRequestEntity } from '../../subgraphs/repair/entities/ConfirmationRequestEntity';
import { RepairCaseEntity } from '../../subgraphs/repair/entities/RepairCaseEntity';
import type { ConfirmationStatus, RepairStatus } from '../../subgraphs/repair/generated/resolversTypes';
import { repairSubgraph } from '../../subgraphs/repair/repairSubgraph';
import { AddRepairWorkflow1764700000000 } from '../../subgraphs/repair/migrations/AddRepairWorkflow1764700000000';
import { createDataSource } from '../../subgraphs/kit/data/createDataSource';
import type { DataSource } from 'typeorm';
import { startFakeGateway, type FakeGateway } from '../support/startFakeGateway';
import { NATIONAL_REGULATOR, startTestSubgraph, type GraphQLResponse, type TestSubgraph } from '../support/startTestSubgraph';
import { createTestStorage, testDrivers, type TestStorage } from '../support/testStorage';
import { uscc } from '../support/uscc';

const A = uscc('91430102MA4L0T001');
const B = uscc('91310110MA1G0T002');
const C = uscc('91310112MA1G0T003');
const STRANGER = uscc('91440300MA5F0T004');
const BEIJING = uscc('91110105MA01B0T05');
const KAIFU = uscc('91430105MA4L0T006');

/** One caller of each role and scope (docs/authorization.md). */
const callers = {
  national: NATIONAL_REGULATOR,
  hunan: { role: 'LEAD_UNIT', subject: 'hunan-lead', region: '430000' },
  changsha: { role: 'LEAD_UNIT', subject: 'changsha-lead', region: '430100' },
  furong: { role: 'LEAD_UNIT', subject: 'furong-lead', region: '430102' },
  beijing: { role: 'LEAD_UNIT', subject: 'beijing-lead', region: '110000' },
  industry: { role: 'INDUSTRY_REGULATOR', subject: 'furong-amr', region: '430102', sector: '市场监管' },
  furongCourt: { role: 'COURT', subject: 'furong-court', court: '湘0102' },
  chaoyangCourt: { role: 'COURT', subject: 'chaoyang-court', court: '京0105' },
  firmA: { role: 'INSTITUTION', subject: 'firm-a-admin', uscc: A },
  beijingFirm: { role: 'INSTITUTION', subject: 'beijing-firm-admin', uscc: BEIJING },
  service: { role: 'SERVICE', subject: 'service:records', service: 'records' },
  public: { role: 'PUBLIC', subject: '' },
} satisfies Record<string, Identity>;

type Caller = keyof typeof callers;

/** What a penalty's repair needs (REQUIRED_DOCUMENTS). */
const DOCS = [
  { kind: 'COMMITMENT_LETTER', reference: '承诺〔2021〕1号', title: '信用修复承诺书' },
  { kind: 'PROOF_OF_CORRECTION', reference: '缴款书 2021000123', title: '罚款缴纳凭证' },
];

const codes = (result: GraphQLResponse<unknown>) => result.errors?.map((error) => error.extensions?.code);

/** The slice of the supergraph that repair asks the gateway about (records owns it). */
const RECORDS_SLICE = `
  type Query { dishonestyRecord(id: ID!): DishonestyRecord }
  type DishonestyRecord { id: ID! region: String! status: RecordStatus! kind: RecordKind! subject: MarketEntity }
  type MarketEntity { uscc: String! }
  enum RecordStatus { ACTIVE EXPIRED REVOKED REFUTED }
  enum RecordKind { SERIOUS_DISHONESTY_LIST ADMINISTRATIVE_PENALTY IMPERSONATION_CLUE FALSE_DISCLOSURE COMMITMENT_BREACH }
`;

interface FakeRecord {
  id: string;
  region: string;
  status: 'ACTIVE' | 'EXPIRED' | 'REVOKED' | 'REFUTED';
  kind: string;
  subject: { uscc: string } | null;
}

const APPLY = `mutation ($input: ApplyForRepairInput!) {
  applyForRepair(input: $input) { id status region statement appliedAt decisionDueAt decidedAt decisionNote record { id } subject { uscc } confirmationRequests { id } }
}`;

const REQUEST = `mutation ($input: RequestConfirmationInput!) {
  requestConfirmation(input: $input) { id authority caseNumber kind status requestedAt answeredAt answerNote repairCase { id status } }
}`;

interface Node { id: string }
interface Page<T = Node> { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: T[] }

describe('REPAIR_DECISION deadline: 10 working days, end of day Asia/Shanghai', () => {
  const calendar = createWorkingDayCalendar();
  const limits = createTimeLimits();
  const due = (appliedAt: string) => formatDateTime(deadlineFor(calendar, limits, 'REPAIR_DECISION', new Date(appliedAt)));

  it('skips the 2021 National Day holiday and counts its adjusted Saturday', () => {
    // Applied Tue 2021-09-28. Working days after it: Wed 09-29 (1), Thu 09-30 (2); Fri 10-01 to Thu 10-07
    // are the National Day holiday; Fri 10-08 (3); Sat 10-09 is an adjusted working day (4); Sun 10-10 off;
    // Mon 10-11 to Fri 10-15 (5-9); Mon 10-18 (10). Weekdays alone would give Tue 10-12, and the
    // holidays without the adjusted Saturday would give Tue 10-19.
    expect(due('2021-09-28T10:00:00+08:00')).toBe('2021-10-18T23:59:59.999+08:00');
  });

  it('counts from the calendar day in Shanghai, not in UTC', () => {
    // 2021-09-29T15:00Z is Wed 09-29 23:00 in Shanghai: Thu 09-30 (1), Fri 10-08 (2), Sat 10-09 (3),
    // Mon 10-11 to Fri 10-15 (4-8), Mon 10-18 (9), Tue 10-19 (10).
    expect(due('2021-09-29T15:00:00Z')).toBe('2021-10-19T23:59:59.999+08:00');
    // 2021-09-29T17:00Z is already Thu 09-30 01:00 in Shanghai: the count starts a working day later.
    expect(due('2021-09-29T17:00:00Z')).toBe('2021-10-20T23:59:59.999+08:00');
  });

  it('starts after an application made during the holiday', () => {
    // Sun 10-03 (holiday): Fri 10-08 (1), Sat 10-09 (2), Mon 10-11 to Fri 10-15 (3-7), Mon 10-18 to Wed 10-20 (8-10).
    expect(due('2021-10-03T09:00:00+08:00')).toBe('2021-10-20T23:59:59.999+08:00');
  });
});

describe.each(testDrivers())('repair subgraph on %s', (driver) => {
  let storage: TestStorage;
  let subgraph: TestSubgraph;
  let gateway: FakeGateway;
  let clock = demoDay('2021-09-28');
  let nextRecordId = 300;
  /** What records would answer through the gateway, by record id; ids in `recordsDown` answer with an error. */
  const records = new Map<string, FakeRecord>();
  const recordsDown = new Set<string>();

  const givenRecord = (id: string, subjectUscc: string | null, region: string, status: FakeRecord['status'] = 'ACTIVE', kind = 'ADMINISTRATIVE_PENALTY') => {
    records.set(id, { id, region, status, kind, subject: subjectUscc === null ? null : { uscc: subjectUscc } });
  };

  const caseCount = async () => subgraph.dataSource.getRepository(RepairCaseEntity).count();
  const requestCount = async () => subgraph.dataSource.getRepository(ConfirmationRequestEntity).count();
  const setCaseStatus = (id: string, status: RepairStatus) =>
    subgraph.dataSource.getRepository(RepairCaseEntity).update({ id: Number(id) }, {
      status, decidedAt: clock, ...(status === 'REJECTED' ? { heldRecordId: null } : {}),
    });
  const answerRequest = (id: string, status: ConfirmationStatus) =>
    subgraph.dataSource.getRepository(ConfirmationRequestEntity).update({ id: Number(id) }, { status, answeredAt: clock, answerNote: '经核实' });

  /** Applies for repair of a record of `subjectUscc` handled in `region`, as records would have it. */
  async function apply(recordId: string, subjectUscc: string, region: string): Promise<string> {
    givenRecord(recordId, subjectUscc, region);
    const result = await subgraph.request<{ applyForRepair: Node }>(APPLY, { input: { recordId, statement: '已履行全部义务，申请信用修复。', documents: DOCS } });
    expect(result.errors).toBeUndefined();
    return result.data?.applyForRepair.id ?? '';
  }

  async function requestConfirmation(input: Record<string, unknown>) {
    return subgraph.request<{ requestConfirmation: { id: string; caseNumber: string | null; status: string; repairCase: { status: string } } }>(REQUEST, { input });
  }

  beforeAll(async () => {
    storage = createTestStorage(driver);
    gateway = await startFakeGateway(RECORDS_SLICE, {
      dishonestyRecord: ({ id }: { id: string }) => {
        if (recordsDown.has(id)) throw new Error('records is unavailable, try again later');
        return records.get(id) ?? null;
      },
    });
    subgraph = await startTestSubgraph(repairSubgraph, storage.storageFor('repair'), { now: () => clock, gatewayUrl: () => gateway.url });
  });

  afterAll(async () => {
    await subgraph.close();
    await gateway.close();
    await storage.cleanup();
  });

  beforeEach(() => {
    clock = demoDay('2021-09-28');
  });

  it('applies for repair: APPLIED, decision due 10 working days later by the official calendar', async () => {
    givenRecord('101', A, '430102');
    const result = await subgraph.request(APPLY, { input: { recordId: '101', statement: '  已缴清罚款并完成整改。 ', documents: DOCS } });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      applyForRepair: {
        id: expect.any(String), status: 'APPLIED', region: '430102', statement: '已缴清罚款并完成整改。',
        appliedAt: '2021-09-28T10:00:00.000+08:00', decisionDueAt: '2021-10-18T23:59:59.999+08:00',
        decidedAt: null, decisionNote: null, record: { id: '101' }, subject: { uscc: A }, confirmationRequests: [],
      },
    });
  });

  it('refuses a second case for a record while one is open or approved; a rejected one may be followed', async () => {
    const again = await subgraph.request(APPLY, { input: { recordId: '101', statement: '再次申请', documents: DOCS } });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');

    const approved = await apply('102', A, '430102');
    await setCaseStatus(approved, 'APPROVED');
    const afterApproval = await subgraph.request(APPLY, { input: { recordId: '102', statement: '再次申请', documents: DOCS } });
    expect(afterApproval.errors?.[0].extensions?.code).toBe('CONFLICT');

    const rejected = await apply('103', A, '430102');
    await setCaseStatus(rejected, 'REJECTED');
    const second = await apply('103', A, '430102');
    const record = await subgraph.request(`query ($r: [_Any!]!) { _entities(representations: $r) { ... on DishonestyRecord { id repaired repair { id status } } } }`, {
      r: [{ __typename: 'DishonestyRecord', id: '103' }],
    });
    expect(record.data).toEqual({ _entities: [{ id: '103', repaired: false, repair: { id: second, status: 'APPLIED' } }] });
  });

  it.each([
    ['a record id that is not a number', { recordId: 'abc' }, 'input.recordId'],
    ['a record id of zero', { recordId: '0' }, 'input.recordId'],
    ['a negative record id', { recordId: '-3' }, 'input.recordId'],
    ['a fractional record id', { recordId: '1.5' }, 'input.recordId'],
    ['a record id beyond an integer column', { recordId: '99999999999' }, 'input.recordId'],
    ['an empty statement', { statement: '   ' }, 'input.statement'],
    ['a statement over 5000 characters', { statement: '修'.repeat(5001) }, 'input.statement'],
    ["the record's subject, which is read from records", { subjectUscc: A }, null],
    ["the record's region, which is read from records", { region: '430102' }, null],
  ])('refuses %s (BAD_USER_INPUT), asks no one and stores nothing', async (_case, override, field) => {
    givenRecord('150', A, '430102');
    const before = await caseCount();
    const asked = gateway.requests.length;
    const input = { recordId: '150', statement: '申请修复', documents: DOCS, ...override };
    const result = await subgraph.request(APPLY, { input });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    if (field) expect(result.errors?.[0].extensions?.field).toBe(field);
    expect(gateway.requests.length).toBe(asked);
    expect(await caseCount()).toBe(before);
  });

  it('stores nothing when the deadline cannot be computed (a year the calendar does not know)', async () => {
    const before = await caseCount();
    clock = new Date('2031-03-03T10:00:00+08:00');
    givenRecord('151', A, '430102');
    const result = await subgraph.request(APPLY, { input: { recordId: '151', statement: '申请修复', documents: DOCS } });
    expect(result.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(await caseCount()).toBe(before);
  });

  describe("reads the record from its owner (records, through the gateway), never from the applicant", () => {
    const applyFor = (recordId: string) => subgraph.request<{ applyForRepair: Node & { region: string; subject: { uscc: string } } }>(APPLY, {
      input: { recordId, statement: '已履行全部义务，申请信用修复。', documents: DOCS },
    });

    it("stores the case with the record's subject and the handling authority's region", async () => {
      givenRecord('1001', BEIJING, '110105');
      const result = await applyFor('1001');
      expect(result.errors).toBeUndefined();
      expect(result.data?.applyForRepair).toMatchObject({ region: '110105', subject: { uscc: BEIJING }, record: { id: '1001' } });
      const stored = await subgraph.dataSource.getRepository(RepairCaseEntity).findOneByOrFail({ id: Number(result.data?.applyForRepair.id) });
      expect(stored).toMatchObject({ recordId: 1001, uscc: BEIJING, region: '110105', status: 'APPLIED' });
      expect(gateway.requests.at(-1)).toMatchObject({ query: expect.stringContaining('dishonestyRecord(id: $id)'), variables: { id: '1001' } });
    });

    it('refuses a record that does not exist (NOT_FOUND) and stores nothing', async () => {
      const before = await caseCount();
      const result = await applyFor('99999');
      expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(result.errors?.[0].message).toContain('99999');
      expect(result.data?.applyForRepair).toBeNull();
      expect(await caseCount()).toBe(before);
    });

    it.each([
      ['a revoked record (deleted, not repaired)', 'REVOKED', 'revoked'],
      ['a refuted clue (found untrue)', 'REFUTED', 'refuted'],
    ] as const)('refuses %s (CONFLICT) and stores nothing', async (_case, status, word) => {
      const id = String(nextRecordId++);
      givenRecord(id, A, '430102', status);
      const before = await caseCount();
      const result = await applyFor(id);
      expect(result.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(result.errors?.[0].message).toContain(word);
      expect(await caseCount()).toBe(before);
    });

    it('refuses a clue that names no market entity by USCC (CONFLICT) and stores nothing', async () => {
      const id = String(nextRecordId++);
      givenRecord(id, null, '430100', 'ACTIVE', 'IMPERSONATION_CLUE');
      const before = await caseCount();
      const result = await applyFor(id);
      expect(result.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(result.errors?.[0].message).toContain('USCC');
      expect(await caseCount()).toBe(before);
    });

    it('refuses a record whose publicity period is over (EXPIRED: nothing is published to repair) and any impersonation clue (CONFLICT)', async () => {
      const expired = String(nextRecordId++);
      givenRecord(expired, C, '310112', 'EXPIRED');
      const clue = String(nextRecordId++);
      givenRecord(clue, C, '310112', 'ACTIVE', 'IMPERSONATION_CLUE');
      const before = await caseCount();
      const refusedExpired = await applyFor(expired);
      expect(codes(refusedExpired)).toEqual(['CONFLICT']);
      expect(refusedExpired.errors?.[0].message).toContain('EXPIRED');
      const refusedClue = await applyFor(clue);
      expect(codes(refusedClue)).toEqual(['CONFLICT']);
      expect(refusedClue.errors?.[0].message).toContain('IMPERSONATION_CLUE');
      expect(await caseCount()).toBe(before);
    });

    it('is SERVICE_UNAVAILABLE naming records, without addresses, when the gateway is down or reports an error; stores nothing; recovers', async () => {
      const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
      try {
        const id = String(nextRecordId++);
        givenRecord(id, A, '430102');
        const before = await caseCount();
        await gateway.pause();
        const down = await applyFor(id).finally(() => gateway.resume());
        expect(down.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
        expect(down.errors?.[0].message).toContain('records');
        expect(JSON.stringify(down)).not.toContain('127.0.0.1');
        expect(JSON.stringify(down)).not.toContain(new URL(gateway.url).port);

        recordsDown.add(id);
        const failing = await applyFor(id);
        expect(failing.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
        expect(failing.errors?.[0].message).toContain('records');
        expect(await caseCount()).toBe(before);

        recordsDown.delete(id);
        const recovered = await applyFor(id);
        expect(recovered.errors).toBeUndefined();
        expect(await caseCount()).toBe(before + 1);
      } finally {
        warn.mockRestore();
      }
    });
  });

  it('requests confirmation: case number normalised, request PENDING, case AWAITING_CONFIRMATION', async () => {
    const id = await apply('201', B, '310110');
    clock = demoDay('2021-09-29');
    const result = await subgraph.request(REQUEST, { input: { repairCaseId: id, authority: ' 沪0110 ', authorityKind: 'COURT', caseNumber: '(2021)沪0110执1234号', kind: 'OBLIGATIONS_FULFILLED' } });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      requestConfirmation: {
        id: expect.any(String), authority: '沪0110', caseNumber: '（2021）沪0110执1234号', kind: 'OBLIGATIONS_FULFILLED', status: 'PENDING',
        requestedAt: '2021-09-29T10:00:00.000+08:00', answeredAt: null, answerNote: null, repairCase: { id, status: 'AWAITING_CONFIRMATION' },
      },
    });
    const withoutNumber = await requestConfirmation({ repairCaseId: id, authority: '上海市闵行区市场监督管理局', authorityKind: 'LISTING_AUTHORITY', kind: 'OBLIGATIONS_FULFILLED' });
    expect(withoutNumber.data?.requestConfirmation).toMatchObject({ caseNumber: null, status: 'PENDING', repairCase: { status: 'AWAITING_CONFIRMATION' } });
  });

  it.each([
    ['a case id that is not a number', { repairCaseId: 'x1' }, 'input.repairCaseId'],
    ['an empty authority', { authority: '  ' }, 'input.authority'],
    ['a case number without a year', { caseNumber: '京0105执1234号' }, 'input.caseNumber'],
    ['a case number without 号', { caseNumber: '(2021)京0105执1234' }, 'input.caseNumber'],
  ])('refuses a confirmation request with %s and stores nothing', async (_case, override, field) => {
    const id = await apply(String(nextRecordId++), C, '310112');
    const before = await requestCount();
    const result = await requestConfirmation({ repairCaseId: id, authority: '沪0112', authorityKind: 'COURT', caseNumber: '（2021）沪0112执5号', kind: 'OBLIGATIONS_FULFILLED', ...override });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await requestCount()).toBe(before);
    const repairCase = await subgraph.request(`{ repairCase(id: "${id}") { status } }`);
    expect(repairCase.data).toEqual({ repairCase: { status: 'APPLIED' } });
  });

  it('refuses a request for an unknown case (NOT_FOUND) and for a decided case (CONFLICT)', async () => {
    const unknown = await requestConfirmation({ repairCaseId: '987654', authority: '京0105', authorityKind: 'COURT', caseNumber: '（2021）京0105执5号', kind: 'OBLIGATIONS_FULFILLED' });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const id = await apply('401', A, '430102');
    await setCaseStatus(id, 'REJECTED');
    const before = await requestCount();
    const decided = await requestConfirmation({ repairCaseId: id, authority: '湘0102', authorityKind: 'COURT', caseNumber: '（2021）湘0102执5号', kind: 'OBLIGATIONS_FULFILLED' });
    expect(decided.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await requestCount()).toBe(before);
  });

  it('asks for a settlement to be confirmed performed only once it is confirmed reached, keeping both facts', async () => {
    const id = await apply('501', A, '430102');
    const settlement = { repairCaseId: id, authority: '湘0102', authorityKind: 'COURT', caseNumber: '（2020）湘0102执88号' };
    const tooEarly = await requestConfirmation({ ...settlement, kind: 'SETTLEMENT_PERFORMED' });
    expect(tooEarly.errors?.[0].extensions?.code).toBe('CONFLICT');
    const reached = await requestConfirmation({ ...settlement, kind: 'SETTLEMENT_REACHED' });
    const stillPending = await requestConfirmation({ ...settlement, kind: 'SETTLEMENT_PERFORMED' });
    expect(stillPending.errors?.[0].extensions?.code).toBe('CONFLICT');
    await answerRequest(reached.data?.requestConfirmation.id ?? '', 'CONFIRMED');
    const performed = await requestConfirmation({ ...settlement, kind: 'SETTLEMENT_PERFORMED' });
    expect(performed.errors).toBeUndefined();
    const repairCase = await subgraph.request(`{ repairCase(id: "${id}") { status confirmationRequests { kind status caseNumber repairCase { id } } } }`);
    expect(repairCase.data).toEqual({
      repairCase: {
        status: 'AWAITING_CONFIRMATION',
        confirmationRequests: [
          { kind: 'SETTLEMENT_REACHED', status: 'CONFIRMED', caseNumber: '（2020）湘0102执88号', repairCase: { id } },
          { kind: 'SETTLEMENT_PERFORMED', status: 'PENDING', caseNumber: '（2020）湘0102执88号', repairCase: { id } },
        ],
      },
    });
  });

  it('finds a case by id: null when unknown, BAD_USER_INPUT when the id cannot be one', async () => {
    const id = await apply('601', B, '310110');
    expect((await subgraph.request(`{ repairCase(id: "${id}") { id record { id } subject { uscc } } }`)).data).toEqual({
      repairCase: { id, record: { id: '601' }, subject: { uscc: B } },
    });
    expect((await subgraph.request('{ repairCase(id: "2000000000") { id } }')).data).toEqual({ repairCase: null });
    const bad = await subgraph.request('{ repairCase(id: "one") { id } }');
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('lists cases newest first, filtered by region (cut by level), status and subject, paged', async () => {
    const LIST = `query ($filter: RepairCaseFilter, $first: Int, $after: String) {
      repairCases(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id region status subject { uscc } } }
    }`;
    const list = async (filter: Record<string, unknown>, first = 100, after?: string | null) => {
      const result = await subgraph.request<{ repairCases: Page<{ id: string; region: string; status: string; subject: { uscc: string } }> }>(LIST, { filter, first, after });
      expect(result.errors).toBeUndefined();
      if (!result.data) throw new Error('no data');
      return result.data.repairCases;
    };
    const all = await list({});
    const ids = all.nodes.map((node) => Number(node.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(all.totalCount).toBe(await caseCount());

    const shanghai = await list({ region: '310000' });
    expect(new Set(shanghai.nodes.map((node) => node.region))).toEqual(new Set(['310110', '310112']));
    const minhang = await list({ region: '310110' });
    expect(minhang.nodes.every((node) => node.region === '310110')).toBe(true);
    expect(minhang.totalCount).toBeLessThan(shanghai.totalCount);
    const hunan = await list({ region: '430000' });
    expect(hunan.nodes.every((node) => node.region === '430102' && node.subject.uscc === A)).toBe(true);

    const rejected = await list({ status: ['REJECTED'] });
    expect(rejected.totalCount).toBeGreaterThan(0);
    expect(rejected.nodes.every((node) => node.status === 'REJECTED')).toBe(true);
    expect((await list({ uscc: B })).nodes.every((node) => node.subject.uscc === B)).toBe(true);

    const page1 = await list({ region: '430000' }, 2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = await list({ region: '430000' }, 2, page1.pageInfo.endCursor);
    expect(page2.nodes.map((node) => node.id)).toEqual(hunan.nodes.slice(2, 4).map((node) => node.id));
    const tooMany = await subgraph.request('{ repairCases(first: 1000) { totalCount } }');
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const badCursor = await subgraph.request('{ repairCases(after: "nonsense") { totalCount } }');
    expect(badCursor.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it("lists a court's inbox PENDING first, then oldest first, by status, paged", async () => {
    const id = await apply('701', A, '430102');
    const asked: string[] = [];
    for (const kind of ['OBLIGATIONS_FULFILLED', 'SETTLEMENT_REACHED', 'OBLIGATIONS_FULFILLED']) {
      const result = await requestConfirmation({ repairCaseId: id, authority: '京0105', authorityKind: 'COURT', caseNumber: '（2021）京0105执1234号', kind });
      asked.push(result.data?.requestConfirmation.id ?? '');
    }
    await requestConfirmation({ repairCaseId: id, authority: '京0106', authorityKind: 'COURT', caseNumber: '（2021）京0106执9号', kind: 'OBLIGATIONS_FULFILLED' });
    await answerRequest(asked[0], 'DENIED');
    const INBOX = `query ($status: [ConfirmationStatus!], $first: Int, $after: String) {
      courtInbox(court: "京0105", status: $status, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id authority status } }
    }`;
    const inbox = await subgraph.request<{ courtInbox: Page<{ id: string; authority: string; status: string }> }>(INBOX, {});
    // The first request was answered (DENIED): it goes after the two that still await the court.
    expect(inbox.data?.courtInbox.nodes.map((node) => node.id)).toEqual([asked[1], asked[2], asked[0]]);
    expect(inbox.data?.courtInbox.nodes.every((node) => node.authority === '京0105')).toBe(true);
    const pending = await subgraph.request<{ courtInbox: Page }>(INBOX, { status: ['PENDING'] });
    expect(pending.data?.courtInbox).toMatchObject({ totalCount: 2, nodes: [{ id: asked[1] }, { id: asked[2] }] });
    const page1 = await subgraph.request<{ courtInbox: Page }>(INBOX, { first: 2 });
    expect(page1.data?.courtInbox.pageInfo.hasNextPage).toBe(true);
    expect(page1.data?.courtInbox.nodes.map((node) => node.id)).toEqual([asked[1], asked[2]]);
    const page2 = await subgraph.request<{ courtInbox: Page }>(INBOX, { first: 2, after: page1.data?.courtInbox.pageInfo.endCursor });
    expect(page2.data?.courtInbox).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false }, nodes: [{ id: asked[0] }] });
    const page1of1 = await subgraph.request<{ courtInbox: Page }>(INBOX, { first: 1 });
    const page2of1 = await subgraph.request<{ courtInbox: Page }>(INBOX, { first: 1, after: page1of1.data?.courtInbox.pageInfo.endCursor });
    expect(page2of1.data?.courtInbox.nodes.map((node) => node.id)).toEqual([asked[2]]);
    const forged = await subgraph.request(INBOX, { after: Buffer.from('id:3').toString('base64url') });
    expect(forged.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const blank = await subgraph.request('{ courtInbox(court: " ") { totalCount } }');
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'court' });
  });

  it('resolves any USCC as a market entity, with its cases windowed and its open cases counted', async () => {
    const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on MarketEntity {
      uscc openRepairCaseCount
      latest: repairCases(first: 1) { totalCount pageInfo { hasNextPage } nodes { id } }
      decided: repairCases(status: [APPROVED, REJECTED]) { totalCount nodes { status } }
    } } }`;
    const result = await subgraph.request<{ _entities: { uscc: string; openRepairCaseCount: number; latest: Page; decided: Page<{ status: string }> }[] }>(ENTITIES, {
      r: [{ __typename: 'MarketEntity', uscc: A }, { __typename: 'MarketEntity', uscc: STRANGER }],
    });
    expect(result.errors).toBeUndefined();
    const [a, stranger] = result.data?._entities ?? [];
    const cases = await subgraph.dataSource.getRepository(RepairCaseEntity).find({ where: { uscc: A }, order: { id: 'DESC' } });
    const open = cases.filter((c) => c.status === 'APPLIED' || c.status === 'AWAITING_CONFIRMATION');
    const decided = cases.filter((c) => c.status === 'APPROVED' || c.status === 'REJECTED');
    expect(a).toEqual({
      uscc: A,
      openRepairCaseCount: open.length,
      latest: { totalCount: cases.length, pageInfo: { hasNextPage: true }, nodes: [{ id: String(cases[0].id) }] },
      decided: { totalCount: decided.length, nodes: decided.map((c) => ({ status: c.status })) },
    });
    expect(stranger).toEqual({
      uscc: STRANGER, openRepairCaseCount: 0,
      latest: { totalCount: 0, pageInfo: { hasNextPage: false }, nodes: [] },
      decided: { totalCount: 0, nodes: [] },
    });
  });

  it("contributes each dishonesty record's repair: the latest case and whether one was approved", async () => {
    const approved = await apply('801', A, '430102');
    await setCaseStatus(approved, 'APPROVED');
    const open = await apply('802', A, '430102');
    const result = await subgraph.request(`query ($r: [_Any!]!) { _entities(representations: $r) { ... on DishonestyRecord { id repaired repair { id status record { id } } } } }`, {
      r: ['801', '802', '424242', 'not-an-id'].map((id) => ({ __typename: 'DishonestyRecord', id })),
    });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ _entities: [
      { id: '801', repaired: true, repair: { id: approved, status: 'APPROVED', record: { id: '801' } } },
      { id: '802', repaired: false, repair: { id: open, status: 'APPLIED', record: { id: '802' } } },
      { id: '424242', repaired: false, repair: null },
      { id: 'not-an-id', repaired: false, repair: null },
    ] });
  });

  it('resolves repair cases by id through _entities; unknown ids give null', async () => {
    const id = await apply('901', C, '310112');
    const result = await subgraph.request(`query ($r: [_Any!]!) { _entities(representations: $r) { ... on RepairCase { id status region subject { uscc } } } }`, {
      r: [id, '1999999999', 'abc'].map((key) => ({ __typename: 'RepairCase', id: key })),
    });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ _entities: [{ id, status: 'APPLIED', region: '310112', subject: { uscc: C } }, null, null] });
  });

  it('costs the same number of statements for 3 or 30 entities with their cases, requests and records', async () => {
    const repository = subgraph.dataSource.getRepository(RepairCaseEntity);
    const subjects = Array.from({ length: 30 }, (_, i) => uscc(`91440305MA5F${String(i).padStart(5, '0')}`));
    for (const [i, subject] of subjects.entries()) {
      for (const n of [0, 1, 2]) {
        const saved = await repository.save(repository.create({
          recordId: 10_000 + i * 3 + n, uscc: subject, region: '440305', status: n ? 'APPLIED' : 'APPROVED', statement: '批量',
          appliedAt: clock, decisionDueAt: clock, decidedAt: null, decisionNote: null,
        }));
        await subgraph.dataSource.getRepository(ConfirmationRequestEntity).save({
          repairCaseId: saved.id, region: '440305', uscc: subject, authority: '粤0305', authorityKind: 'COURT', caseNumber: null, kind: 'OBLIGATIONS_FULFILLED',
          status: 'PENDING', requestedAt: clock, answerDueAt: clock, answeredAt: null, answerDocument: null, answerNote: null,
        });
      }
    }
    const QUERY = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on MarketEntity {
      openRepairCaseCount repairCases(first: 2) { totalCount nodes { id record { repaired repair { id } } confirmationRequests { repairCase { id } } } }
    } } }`;
    const statementsFor = async (count: number, identity: Identity = NATIONAL_REGULATOR) => {
      subgraph.statements.reset();
      const result = await subgraph.request<{ _entities: { repairCases: Page }[] }>(QUERY, {
        r: subjects.slice(0, count).map((code) => ({ __typename: 'MarketEntity', uscc: code })),
      }, { identity });
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities.every((entity) => entity.repairCases.totalCount === 3 && entity.repairCases.nodes.length === 2)).toBe(true);
      return subgraph.statements.count;
    };
    const few = await statementsFor(3);
    expect(await statementsFor(30)).toBe(few);
    const shenzhen: Identity = { role: 'LEAD_UNIT', subject: 'shenzhen-lead', region: '440300' };
    const fewInScope = await statementsFor(3, shenzhen);
    expect(await statementsFor(30, shenzhen)).toBe(fewInScope);
  });

  describe('mutations by role and scope: role (FORBIDDEN), then scope (NOT_FOUND), then state; each change audited', () => {
    const auditCount = () => subgraph.dataSource.getRepository(AuditEntryEntity).count();
    const applyAs = (caller: Caller, recordId: string) =>
      subgraph.request<{ applyForRepair: Node & { subject: { uscc: string } } }>(APPLY, { input: { recordId, statement: '已履行全部义务，申请信用修复。', documents: DOCS } }, { identity: callers[caller] });
    const requestAs = (caller: Caller, repairCaseId: string, authority = '湘0102') =>
      subgraph.request<{ requestConfirmation: Node }>(REQUEST, { input: { repairCaseId, authority, authorityKind: 'COURT', caseNumber: '（2021）湘0102执7号', kind: 'OBLIGATIONS_FULFILLED' } }, { identity: callers[caller] });

    it("lets an institution apply for its own record, read from records as the repair SERVICE; the audit entry names who, role, operation and object", async () => {
      givenRecord('7001', A, '430102');
      const asked = gateway.requests.length;
      const result = await applyAs('firmA', '7001');
      expect(result.errors).toBeUndefined();
      const id = result.data?.applyForRepair.id ?? '';
      expect(result.data?.applyForRepair.subject).toEqual({ uscc: A });

      const [request, ...more] = gateway.requests.slice(asked);
      expect(more).toEqual([]);
      expect(request.variables).toEqual({ id: '7001' });
      expect(decodeJwt(String(request.headers.authorization).replace(/^Bearer /, ''))).toMatchObject({ role: 'SERVICE', service: 'repair' });

      const entries = await subgraph.dataSource.getRepository(AuditEntryEntity).findBy({ objectType: 'RepairCase', objectId: id });
      expect(entries).toEqual([expect.objectContaining({
        actor: 'firm-a-admin', role: 'INSTITUTION', operation: 'applyForRepair', at: clock, summary: expect.stringContaining('7001'),
      })]);
    });

    it("refuses an institution another's record, or a clue naming no one, as if the record did not exist (NOT_FOUND); stores and audits nothing", async () => {
      givenRecord('7002', BEIJING, '110105');
      givenRecord('7003', null, '430102', 'ACTIVE', 'IMPERSONATION_CLUE');
      const [cases, entries] = [await caseCount(), await auditCount()];
      const missing = await applyAs('firmA', '7999');
      for (const recordId of ['7002', '7003']) {
        const refused = await applyAs('firmA', recordId);
        expect(codes(refused)).toEqual(['NOT_FOUND']);
        expect(refused.errors?.[0].message).toBe(missing.errors?.[0].message.replace('7999', recordId));
      }
      expect([await caseCount(), await auditCount()]).toEqual([cases, entries]);
    });

    it("lets a lead unit apply for records its region covers, cut by level; out of scope is NOT_FOUND even where the record's state would conflict", async () => {
      givenRecord('7004', A, '430102');
      givenRecord('7005', KAIFU, '430105');
      givenRecord('7006', A, '430102', 'REVOKED');
      expect(codes(await applyAs('furong', '7004'))).toBeUndefined();
      expect(codes(await applyAs('furong', '7005'))).toEqual(['NOT_FOUND']);
      const entries = await auditCount();
      const byCity = await applyAs('changsha', '7005');
      expect(byCity.errors).toBeUndefined();
      expect(await subgraph.dataSource.getRepository(AuditEntryEntity).findOneBy({ objectId: byCity.data?.applyForRepair.id, operation: 'applyForRepair' }))
        .toMatchObject({ actor: 'changsha-lead', role: 'LEAD_UNIT', objectType: 'RepairCase' });
      expect(await auditCount()).toBe(entries + 1);

      expect(codes(await applyAs('furong', '7004'))).toEqual(['CONFLICT']);
      expect(codes(await applyAs('beijing', '7004'))).toEqual(['NOT_FOUND']);
      expect(codes(await applyAs('furong', '7006'))).toEqual(['CONFLICT']);
      expect(codes(await applyAs('beijing', '7006'))).toEqual(['NOT_FOUND']);
      expect(await auditCount()).toBe(entries + 1);
    });

    it.each<Caller>(['furongCourt', 'chaoyangCourt', 'industry', 'service', 'public'])('refuses applications from %s (FORBIDDEN) without asking records', async (caller) => {
      givenRecord('7007', A, '430102');
      const [cases, entries, asked] = [await caseCount(), await auditCount(), gateway.requests.length];
      const result = await applyAs(caller, '7007');
      expect(codes(result)).toEqual(['FORBIDDEN']);
      expect(result.data?.applyForRepair ?? null).toBeNull();
      expect([await caseCount(), await auditCount(), gateway.requests.length]).toEqual([cases, entries, asked]);
    });

    it("lets a lead unit request confirmation for a case in its region; the audit entry names the case; out of scope is NOT_FOUND, decided or not", async () => {
      const open = await apply('7101', A, '430102');
      const decided = await apply('7102', A, '430102');
      await setCaseStatus(decided, 'REJECTED');

      const [requests, entries] = [await requestCount(), await auditCount()];
      const unknown = await requestAs('beijing', '1999999999');
      for (const id of [open, decided]) {
        const refused = await requestAs('beijing', id);
        expect(codes(refused)).toEqual(['NOT_FOUND']);
        expect(refused.errors?.[0].message).toBe(unknown.errors?.[0].message.replace('1999999999', id));
      }
      expect(codes(await requestAs('furong', decided))).toEqual(['CONFLICT']);
      expect([await requestCount(), await auditCount()]).toEqual([requests, entries]);

      const allowed = await requestAs('hunan', open, '湘0102');
      expect(allowed.errors).toBeUndefined();
      expect(await subgraph.dataSource.getRepository(AuditEntryEntity).findBy({ objectType: 'RepairCase', objectId: open, operation: 'requestConfirmation' })).toEqual([
        expect.objectContaining({ actor: 'hunan-lead', role: 'LEAD_UNIT', at: clock, summary: expect.stringContaining('湘0102') }),
      ]);
      expect(codes(await requestAs('national', open, '湘0102'))).toBeUndefined();
      expect(await requestCount()).toBe(requests + 2);
    });

    it.each<Caller>(['firmA', 'furongCourt', 'industry', 'service', 'public'])('refuses confirmation requests from %s (FORBIDDEN)', async (caller) => {
      const id = await apply(String(nextRecordId++), A, '430102');
      const [requests, entries] = [await requestCount(), await auditCount()];
      expect(codes(await requestAs(caller, id))).toEqual(['FORBIDDEN']);
      expect([await requestCount(), await auditCount()]).toEqual([requests, entries]);
    });

    it('shows the audit log, newest first, to the national regulator only', async () => {
      const LOG = '{ repairAuditLog(first: 3) { totalCount nodes { actor role operation objectType objectId summary at } } }';
      const log = await subgraph.request<{ repairAuditLog: Page<{ operation: string; role: string }> }>(LOG);
      expect(log.errors).toBeUndefined();
      expect(log.data?.repairAuditLog.totalCount).toBe(await auditCount());
      const newest = await subgraph.dataSource.getRepository(AuditEntryEntity).find({ order: { id: 'DESC' }, take: 3 });
      expect(log.data?.repairAuditLog.nodes.map((node) => node.operation)).toEqual(newest.map((entry) => entry.operation));
      for (const caller of ['hunan', 'firmA', 'furongCourt', 'service', 'public'] satisfies Caller[]) {
        expect(codes(await subgraph.request(LOG, {}, { identity: callers[caller] }))).toEqual(['FORBIDDEN']);
      }
    });
  });

  describe('upgrading a database of cases and requests made before the workflow (AddRepairWorkflow)', () => {
    const before = repairSubgraph.migrations.filter((migration) => migration !== AddRepairWorkflow1764700000000);
    let upgraded: DataSource;

    beforeAll(async () => {
      const storageConfig = storage.storageFor('repair_upgrade');
      const old = await createDataSource({ storage: storageConfig, entities: [], migrations: before });
      await old.runMigrations({ transaction: 'each' });
      const at = demoDay('2021-09-28');
      const inserted = await old.createQueryBuilder().insert().into('repair_case').values({
        recordId: 42, uscc: A, region: '430102', status: 'AWAITING_CONFIRMATION', statement: '申请修复', appliedAt: at, decisionDueAt: at,
      }).execute();
      const repairCaseId = Number(inserted.identifiers[0]?.id ?? 1);
      for (const request of [
        { authority: '湘0102', caseNumber: '（2021）湘0102执1号', status: 'PENDING', answeredAt: null, answerNote: null },
        { authority: '长沙市芙蓉区市场监督管理局', caseNumber: null, status: 'CONFIRMED', answeredAt: at, answerNote: '已缴清' },
      ]) {
        await old.createQueryBuilder().insert().into('confirmation_request')
          .values({ repairCaseId, kind: 'OBLIGATIONS_FULFILLED', requestedAt: at, ...request }).execute();
      }
      await old.destroy();
      upgraded = await createDataSource({ storage: storageConfig, entities: repairSubgraph.entities, migrations: repairSubgraph.migrations });
      await upgraded.runMigrations({ transaction: 'each' });
    });

    afterAll(async () => {
      await upgraded?.destroy();
    });

    it("gives each request its authority kind, its case's region and subject, and its answer due date by the calendar", async () => {
      const requests = await upgraded.getRepository(ConfirmationRequestEntity).find({ order: { id: 'ASC' } });
      // Asked Tue 2021-09-28: Wed 09-29, Thu 09-30, then National Day; Fri 10-08 is the third working day.
      const due = new Date('2021-10-08T23:59:59.999+08:00');
      expect(requests).toEqual([
        expect.objectContaining({ authority: '湘0102', authorityKind: 'COURT', region: '430102', uscc: A, answerDueAt: due, answerDocument: null }),
        expect.objectContaining({ authorityKind: 'LISTING_AUTHORITY', region: '430102', uscc: A, answerDueAt: due }),
      ]);
      const repairCase = await upgraded.getRepository(RepairCaseEntity).findOneByOrFail({ recordId: 42 });
      expect(repairCase).toMatchObject({ recordKind: null, heldRecordId: 42 });
    });

    it('makes the new request columns required and indexes what the lists filter on; can be undone and redone', async () => {
      const runner = upgraded.createQueryRunner();
      const [table, cases] = await Promise.all([runner.getTable('confirmation_request'), runner.getTable('repair_case')]).finally(() => runner.release());
      expect(cases?.indices.filter((index) => index.isUnique).map((index) => index.columnNames.join())).toEqual(['heldRecordId']);
      for (const name of ['authorityKind', 'region', 'uscc', 'answerDueAt']) expect(table?.findColumnByName(name)?.isNullable).toBe(false);
      expect(table?.findColumnByName('answerDocument')?.isNullable).toBe(true);
      expect(table?.indices.map((index) => index.columnNames.join()).sort()).toEqual(
        ['authority,status', 'region', 'repairCaseId', 'status,answerDueAt', 'uscc'],
      );
      await upgraded.undoLastMigration({ transaction: 'each' });
      const [request] = await upgraded.createQueryBuilder().select('*').from('confirmation_request', 'r').getRawMany<Record<string, unknown>>();
      expect(request).not.toHaveProperty('answerDueAt');
      await upgraded.runMigrations({ transaction: 'each' });
      expect(await upgraded.getRepository(ConfirmationRequestEntity).count()).toBe(2);
    });
  });

  describe('demo data set', () => {
    let demoStorage: TestStorage;
    let demo: TestSubgraph;

    beforeAll(async () => {
      demoStorage = createTestStorage(driver);
      demo = await startTestSubgraph(repairSubgraph, demoStorage.storageFor('repair'));
      await seedRepairDemo(demo.dataSource);
      await seedRepairDemo(demo.dataSource);
    });

    afterAll(async () => {
      await demo.close();
      await demoStorage.cleanup();
    });

    const enumValues = async (name: string) => {
      const result = await demo.request<{ __type: { enumValues: { name: string }[] } }>(`{ __type(name: "${name}") { enumValues { name } } }`);
      return new Set(result.data?.__type.enumValues.map((value) => value.name));
    };

    interface DemoCaseView {
      status: string;
      region: string;
      decisionDueAt: string;
      record: { id: string };
      subject: { uscc: string };
      confirmationRequests: { authority: string; caseNumber: string | null; kind: string; status: string }[];
    }

    const demoCases = async () => {
      const result = await demo.request<{ repairCases: Page<DemoCaseView> }>(
        '{ repairCases(first: 100) { totalCount nodes { status region decisionDueAt record { id } subject { uscc } confirmationRequests { authority caseNumber kind status } } } }',
      );
      expect(result.errors).toBeUndefined();
      return result.data?.repairCases.nodes ?? [];
    };

    it('covers every repair status, confirmation kind and confirmation status, once seeded (twice)', async () => {
      const cases = await demoCases();
      expect(cases).toHaveLength(6);
      const requests = cases.flatMap((c) => c.confirmationRequests);
      expect(new Set(cases.map((c) => c.status))).toEqual(await enumValues('RepairStatus'));
      expect(new Set(requests.map((r) => r.kind))).toEqual(await enumValues('ConfirmationKind'));
      expect(new Set(requests.map((r) => r.status))).toEqual(await enumValues('ConfirmationStatus'));
    });

    it("puts each case on the demo's records and entities", async () => {
      const byRecord = new Map((await demoCases()).map((c) => [Number(c.record.id), c]));
      const { changshaCredit, beijingRating, shanghaiBankrupt, changshaExited } = demoEntities;
      expect(byRecord.get(demoRecordIds.changshaPenalty)).toMatchObject({ status: 'APPROVED', subject: { uscc: changshaCredit.uscc }, region: changshaCredit.region });
      expect(byRecord.get(demoRecordIds.changshaListEntry)).toMatchObject({
        status: 'AWAITING_CONFIRMATION', subject: { uscc: changshaCredit.uscc },
        confirmationRequests: [
          { authority: '湘0102', caseNumber: '（2020）湘0102执1234号', kind: 'SETTLEMENT_REACHED', status: 'CONFIRMED' },
          { authority: '湘0102', caseNumber: '（2020）湘0102执1234号', kind: 'SETTLEMENT_PERFORMED', status: 'PENDING' },
        ],
      });
      // Applied Mon 2021-06-21: Tue 06-22 to Fri 06-25 (1-4), Mon 06-28 to Fri 07-02 (5-9), Mon 07-05 (10).
      expect(byRecord.get(demoRecordIds.beijingFalseDisclosure)).toMatchObject({
        status: 'APPLIED', subject: { uscc: beijingRating.uscc }, region: beijingRating.region, decisionDueAt: '2021-07-05T23:59:59.999+08:00',
      });
      expect(byRecord.get(demoRecordIds.shanghaiPenalty)).toMatchObject({
        status: 'REJECTED', region: shanghaiBankrupt.region,
        confirmationRequests: [
          { authority: '沪0110', kind: 'OBLIGATIONS_FULFILLED', status: 'DENIED' },
          { authority: '上海市杨浦区市场监督管理局', kind: 'OBLIGATIONS_FULFILLED', status: 'WITHDRAWN' },
        ],
      });
      expect(byRecord.get(demoRecordIds.changshaExitedPenalty)).toMatchObject({
        status: 'APPROVED', subject: { uscc: changshaExited.uscc }, region: changshaExited.region,
        confirmationRequests: [{ kind: 'OBLIGATIONS_FULFILLED', status: 'CONFIRMED' }],
      });
    });

    it("fills the court of Furong district's inbox, which the court reads without naming itself", async () => {
      const expected = { courtInbox: { totalCount: 2, nodes: [
        { kind: 'SETTLEMENT_PERFORMED', status: 'PENDING', repairCase: { status: 'AWAITING_CONFIRMATION' } },
        { kind: 'SETTLEMENT_REACHED', status: 'CONFIRMED', repairCase: { status: 'AWAITING_CONFIRMATION' } },
      ] } };
      const inbox = await demo.request('{ courtInbox(court: "湘0102") { totalCount nodes { kind status repairCase { status } } } }');
      expect(inbox.data).toEqual(expected);
      const own = await demo.request('{ courtInbox { totalCount nodes { kind status repairCase { status } } } }', {}, { identity: callers.furongCourt });
      expect(own.data).toEqual(expected);
    });
  });

  describe('reads by role and scope: out of scope reads as absent; a role without the right is FORBIDDEN', () => {
    let scopedStorage: TestStorage;
    let scoped: TestSubgraph;

    const CASE_KEYS = ['furong', 'furongApproved', 'kaifu', 'beijing'] as const;
    type CaseKey = (typeof CASE_KEYS)[number];
    interface SeededCase { id: string; recordId: string; uscc: string; status: RepairStatus; authorities: string[] }
    const seeded = new Map<CaseKey, SeededCase>();
    const seededCase = (key: CaseKey): SeededCase => {
      const found = seeded.get(key);
      if (!found) throw new Error(`no seeded case ${key}`);
      return found;
    };
    const HUNAN: CaseKey[] = ['furong', 'furongApproved', 'kaifu'];

    /** What each role that may read cases sees of them. */
    const caseReaders: [Caller, CaseKey[]][] = [
      ['national', [...CASE_KEYS]], ['hunan', HUNAN], ['changsha', HUNAN], ['furong', ['furong', 'furongApproved']], ['beijing', ['beijing']],
      ['furongCourt', ['furong']], ['chaoyangCourt', ['beijing']], ['firmA', ['furong', 'furongApproved']], ['beijingFirm', ['beijing']],
    ];
    /** What each role that may read an entity's (or a record's) repair cases and facts sees of them (SERVICE reads only the facts, below). */
    const factReaders: [Caller, CaseKey[]][] = [
      ['national', [...CASE_KEYS]], ['hunan', HUNAN], ['furong', ['furong', 'furongApproved']],
      ['beijing', ['beijing']], ['firmA', ['furong', 'furongApproved']], ['beijingFirm', ['beijing']],
    ];

    const read = <T,>(caller: Caller, query: string, variables?: Record<string, unknown>) => scoped.request<T>(query, variables, { identity: callers[caller] });
    const idsOf = (keys: CaseKey[]) => keys.map((key) => seededCase(key).id).sort((a, b) => Number(b) - Number(a));

    beforeAll(async () => {
      scopedStorage = createTestStorage(driver);
      scoped = await startTestSubgraph(repairSubgraph, scopedStorage.storageFor('repair'), { now: () => clock, gatewayUrl: () => gateway.url });
      const cases = scoped.dataSource.getRepository(RepairCaseEntity);
      const requests = scoped.dataSource.getRepository(ConfirmationRequestEntity);
      const given: [CaseKey, number, string, string, RepairStatus, string[]][] = [
        ['furong', 5001, A, '430102', 'AWAITING_CONFIRMATION', ['湘0102', '湘0103']],
        ['furongApproved', 5002, A, '430102', 'APPROVED', []],
        ['kaifu', 5003, KAIFU, '430105', 'APPLIED', []],
        ['beijing', 5004, BEIJING, '110105', 'AWAITING_CONFIRMATION', ['京0105']],
      ];
      for (const [key, recordId, subject, region, status, authorities] of given) {
        const saved = await cases.save(cases.create({
          recordId, uscc: subject, region, status, statement: '申请修复', appliedAt: clock, decisionDueAt: clock, decidedAt: null, decisionNote: null,
        }));
        for (const authority of authorities) {
          await requests.save(requests.create({
            repairCaseId: saved.id, region, uscc: subject, authority, authorityKind: 'COURT', caseNumber: null, kind: 'OBLIGATIONS_FULFILLED',
            status: 'PENDING', requestedAt: clock, answerDueAt: clock, answeredAt: null, answerDocument: null, answerNote: null,
          }));
        }
        seeded.set(key, { id: String(saved.id), recordId: String(recordId), uscc: subject, status, authorities });
      }
    });

    afterAll(async () => {
      await scoped.close();
      await scopedStorage.cleanup();
    });

    const CASE = 'query ($id: ID!) { repairCase(id: $id) { id } }';
    const CASES = '{ repairCases(first: 100) { totalCount nodes { id } } }';
    const CASE_ENTITIES = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on RepairCase { id } } }';
    const caseRefs = () => CASE_KEYS.map((key) => ({ __typename: 'RepairCase', id: seededCase(key).id }));

    it.each(caseReaders)('%s reads the cases in its scope, by id, in lists and through _entities', async (caller, keys) => {
      const list = await read<{ repairCases: Page }>(caller, CASES);
      expect(list.errors).toBeUndefined();
      expect(list.data?.repairCases).toEqual({ totalCount: keys.length, nodes: idsOf(keys).map((id) => ({ id })) });
      for (const key of CASE_KEYS) {
        const one = await read(caller, CASE, { id: seededCase(key).id });
        expect(one).toEqual({ data: { repairCase: keys.includes(key) ? { id: seededCase(key).id } : null } });
      }
      const entities = await read(caller, CASE_ENTITIES, { r: caseRefs() });
      expect(entities).toEqual({ data: { _entities: CASE_KEYS.map((key) => (keys.includes(key) ? { id: seededCase(key).id } : null)) } });
    });

    it.each<Caller>(['industry', 'service', 'public'])('%s may not read repair cases at all (FORBIDDEN)', async (caller) => {
      expect(codes(await read(caller, CASES))).toEqual(['FORBIDDEN']);
      expect(codes(await read(caller, CASE, { id: seededCase('furong').id }))).toEqual(['FORBIDDEN']);
      const entities = await read<{ _entities: unknown[] }>(caller, CASE_ENTITIES, { r: caseRefs() });
      expect(new Set(codes(entities))).toEqual(new Set(['FORBIDDEN']));
      expect(entities.data?._entities.every((entity) => entity === null)).toBe(true);
    });

    it.each<[Caller, CaseKey, string[]]>([
      ['furongCourt', 'furong', ['湘0102']],
      ['chaoyangCourt', 'beijing', ['京0105']],
      ['national', 'furong', ['湘0102', '湘0103']],
      ['furong', 'furong', ['湘0102', '湘0103']],
      ['firmA', 'furong', ['湘0102', '湘0103']],
    ])("%s sees of %s case's confirmation requests those to %j (a court only its own)", async (caller, key, authorities) => {
      const result = await read(caller, 'query ($id: ID!) { repairCase(id: $id) { confirmationRequests { authority repairCase { id } } } }', { id: seededCase(key).id });
      expect(result).toEqual({ data: { repairCase: { confirmationRequests: authorities.map((authority) => ({ authority, repairCase: { id: seededCase(key).id } })) } } });
    });

    const ENTITY_FACTS = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on MarketEntity {
      uscc openRepairCaseCount repairCases(first: 10) { totalCount nodes { id } }
    } } }`;

    it.each(factReaders)("%s reads an entity's repair cases and open count over the cases in its scope only", async (caller, keys) => {
      const subjects = [A, KAIFU, BEIJING];
      const result = await read(caller, ENTITY_FACTS, { r: subjects.map((code) => ({ __typename: 'MarketEntity', uscc: code })) });
      const expected = subjects.map((code) => {
        const mine = keys.filter((key) => seededCase(key).uscc === code);
        return {
          uscc: code,
          openRepairCaseCount: mine.filter((key) => ['APPLIED', 'AWAITING_CONFIRMATION'].includes(seededCase(key).status)).length,
          repairCases: { totalCount: mine.length, nodes: idsOf(mine).map((id) => ({ id })) },
        };
      });
      expect(result).toEqual({ data: { _entities: expected } });
    });

    const RECORD_FACTS = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on DishonestyRecord { id repaired repair { id } } } }';
    const recordRefs = () => CASE_KEYS.map((key) => ({ __typename: 'DishonestyRecord', id: seededCase(key).recordId }));

    it.each(factReaders)("%s reads a record's repair and whether it was repaired from the cases in its scope only", async (caller, keys) => {
      const result = await read(caller, RECORD_FACTS, { r: recordRefs() });
      expect(result).toEqual({ data: { _entities: CASE_KEYS.map((key) => {
        const { id, recordId, status } = seededCase(key);
        return keys.includes(key) ? { id: recordId, repaired: status === 'APPROVED', repair: { id } } : { id: recordId, repaired: false, repair: null };
      }) } });
    });

    it("service reads an entity's open repair case count over every case (as the national regulator), and may not read its repair cases (FORBIDDEN)", async () => {
      const subjects = [A, KAIFU, BEIJING];
      const refs = subjects.map((code) => ({ __typename: 'MarketEntity', uscc: code }));
      const openCount = (code: string) =>
        CASE_KEYS.filter((key) => seededCase(key).uscc === code && ['APPLIED', 'AWAITING_CONFIRMATION'].includes(seededCase(key).status)).length;
      const counts = await read('service', 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on MarketEntity { uscc openRepairCaseCount } } }', { r: refs });
      expect(counts).toEqual({ data: { _entities: subjects.map((code) => ({ uscc: code, openRepairCaseCount: openCount(code) })) } });
      expect(counts.data).toEqual((await read('national', 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on MarketEntity { uscc openRepairCaseCount } } }', { r: refs })).data);
      const cases = await read('service', ENTITY_FACTS, { r: refs });
      expect(cases.data).toEqual({ _entities: subjects.map((code) => ({ uscc: code, openRepairCaseCount: openCount(code), repairCases: null })) });
      expect(codes(cases)).toEqual(subjects.map(() => 'FORBIDDEN'));
      expect(cases.errors?.map((error) => error.path)).toEqual(subjects.map((_code, index) => ['_entities', index, 'repairCases']));
    });

    it("service reads whether a record was repaired from every case (as the national regulator), and may not read its repair (FORBIDDEN)", async () => {
      const result = await read('service', RECORD_FACTS, { r: recordRefs() });
      expect(result.data).toEqual({ _entities: CASE_KEYS.map((key) => {
        const { recordId, status } = seededCase(key);
        return { id: recordId, repaired: status === 'APPROVED', repair: null };
      }) });
      expect(codes(result)).toEqual(CASE_KEYS.map(() => 'FORBIDDEN'));
      expect(result.errors?.map((error) => error.path)).toEqual(CASE_KEYS.map((_key, index) => ['_entities', index, 'repair']));
    });

    it.each<Caller>(['furongCourt', 'industry', 'public'])("%s may not read entities' or records' repair facts at all (FORBIDDEN)", async (caller) => {
      const entity = await read(caller, ENTITY_FACTS, { r: [{ __typename: 'MarketEntity', uscc: A }] });
      expect(entity.data).toEqual({ _entities: [{ uscc: A, openRepairCaseCount: null, repairCases: null }] });
      expect(new Set(codes(entity))).toEqual(new Set(['FORBIDDEN']));
      const record = await read(caller, RECORD_FACTS, { r: recordRefs().slice(0, 1) });
      expect(record.data).toEqual({ _entities: [{ id: seededCase('furong').recordId, repaired: null, repair: null }] });
      expect(new Set(codes(record))).toEqual(new Set(['FORBIDDEN']));
    });

    const INBOX = 'query ($court: String) { courtInbox(court: $court) { totalCount nodes { authority repairCase { id } } } }';

    it("gives a court its own inbox, by default or by its code, and refuses it another court's (FORBIDDEN)", async () => {
      const own = { data: { courtInbox: { totalCount: 1, nodes: [{ authority: '湘0102', repairCase: { id: seededCase('furong').id } }] } } };
      expect(await read('furongCourt', INBOX)).toEqual(own);
      expect(await read('furongCourt', INBOX, { court: ' 湘0102 ' })).toEqual(own);
      expect(await read('chaoyangCourt', INBOX)).toMatchObject({ data: { courtInbox: { totalCount: 1, nodes: [{ authority: '京0105' }] } } });
      const other = await read('furongCourt', INBOX, { court: '京0105' });
      expect(codes(other)).toEqual(['FORBIDDEN']);
      expect(other.data).toEqual({ courtInbox: null });
      expect((await read('furongCourt', INBOX, { court: ' ' })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'court' });
    });

    it('lets the national regulator read any court’s inbox, naming the court (BAD_USER_INPUT without it)', async () => {
      expect(await read('national', INBOX, { court: '湘0103' })).toEqual({
        data: { courtInbox: { totalCount: 1, nodes: [{ authority: '湘0103', repairCase: { id: seededCase('furong').id } }] } },
      });
      const unnamed = await read('national', INBOX);
      expect(unnamed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'court' });
    });

    it.each<Caller>(['hunan', 'firmA', 'industry', 'service', 'public'])("refuses %s any court's inbox (FORBIDDEN)", async (caller) => {
      expect(codes(await read(caller, INBOX, { court: '湘0102' }))).toEqual(['FORBIDDEN']);
      expect(codes(await read(caller, INBOX))).toEqual(['FORBIDDEN']);
    });
  });
});
