import { demoUsers } from '../../subgraphs/kit/demo/demoUsers';
import { startTestSystem, type QueryOptions, type TestSystem } from '../support/startTestSystem';
import { testDrivers } from '../support/testStorage';
import { uscc } from '../support/uscc';

const RECORD = `mutation ($input: RecordDishonestyInput!) { recordDishonesty(input: $input) { id subject { ledgerEntries { id region status } } } }`;
const PLACE = `mutation ($id: ID!, $grade: SupervisionGrade!, $suspended: Boolean!, $note: String) {
  placeUnderKeySupervision(entryId: $id, grade: $grade, businessSuspended: $suspended, note: $note) { id keySupervisionHistory { grade businessSuspended since note placedBy endedAt endKind endReason } }
}`;
const LIFT = `mutation ($id: ID!, $reason: String!) { liftKeySupervision(entryId: $id, reason: $reason) { id keySupervisionHistory { grade endKind endReason endedAt } } }`;
const REGISTER = `mutation ($input: RegisterInstitutionInput!) { registerInstitution(input: $input) { uscc } }`;
const STATUS = `mutation ($uscc: USCC!, $status: BusinessStatus!, $reason: String) { updateBusinessStatus(uscc: $uscc, status: $status, reason: $reason) { uscc } }`;
const MEASURE = `query ($id: ID!) { ledgerEntry(id: $id) { measures { keySupervision { grade businessSuspended note } } } }`;
const AUDIT = '{ recordsAuditLog(first: 1) { nodes { actor operation objectType objectId summary } } }';

type Errors = { errors?: { message: string; extensions?: Record<string, unknown> }[] };
interface Period { grade: string; businessSuspended: boolean; since: string; note: string | null; placedBy: string; endedAt: string | null; endKind: string | null; endReason: string | null }

const FURONG: QueryOptions = { as: demoUsers.furong };
let serial = 0;
const nextEntity = () => uscc(`91430102MA4W${String(++serial).padStart(5, '0')}`);

describe.each(testDrivers())('key supervision of ledger entries through the gateway on %s', (driver) => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await startTestSystem(driver, { now: () => new Date('2021-05-10T10:00:00+08:00') });
  }, 120_000);
  afterAll(() => system?.close());

  /** A new entity with a penalty in 430102: its entry's id. */
  async function newEntry(subjectUscc = nextEntity()): Promise<string> {
    const answer = await system.query<{ recordDishonesty: { subject: { ledgerEntries: { id: string }[] } } }>(RECORD, { input: {
      subjectUscc, subjectName: '长沙某信用服务有限公司', region: '430102', kind: 'ADMINISTRATIVE_PENALTY', authority: '长沙市芙蓉区市场监督管理局',
      documentNumber: `芙市监罚〔2021〕${2000 + serial}号`, decidedAt: '2021-04-01', summary: '虚假宣传，罚款。',
    } }, FURONG);
    expect(answer.errors).toBeUndefined();
    return answer.data!.recordDishonesty.subject.ledgerEntries[0].id;
  }

  it('places an entry under key supervision, changes its grade keeping the history, and lifts it, each audited', async () => {
    const id = await newEntry();
    const placed = await system.query<{ placeUnderKeySupervision: { keySupervisionHistory: Period[] } }>(PLACE, { id, grade: 'B', suspended: false, note: '提高抽查频次' }, FURONG);
    expect(placed.errors).toBeUndefined();
    expect(placed.data!.placeUnderKeySupervision.keySupervisionHistory).toEqual([
      { grade: 'B', businessSuspended: false, since: expect.any(String), note: '提高抽查频次', placedBy: 'furong-lead-1', endedAt: null, endKind: null, endReason: null },
    ]);
    expect((await system.query(AUDIT)).data).toEqual({ recordsAuditLog: { nodes: [expect.objectContaining({ actor: 'furong-lead-1', operation: 'placeUnderKeySupervision', objectType: 'LedgerEntry', objectId: id })] } });

    const measure = async () => (await system.query<{ ledgerEntry: { measures: { keySupervision: unknown } } }>(MEASURE, { id }, FURONG)).data?.ledgerEntry.measures.keySupervision;
    expect(await measure()).toEqual({ grade: 'B', businessSuspended: false, note: '提高抽查频次' });

    const same = await system.query<Errors>(PLACE, { id, grade: 'B', suspended: false, note: '提高抽查频次' }, FURONG);
    expect(same.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringContaining('grade B') });

    const changed = await system.query<{ placeUnderKeySupervision: { keySupervisionHistory: Period[] } }>(PLACE, { id, grade: 'D', suspended: true }, { as: demoUsers.hunan });
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.placeUnderKeySupervision.keySupervisionHistory).toEqual([
      expect.objectContaining({ grade: 'D', businessSuspended: true, placedBy: 'hunan-lead-1', endedAt: null }),
      expect.objectContaining({ grade: 'B', endedAt: expect.any(String), endKind: 'CHANGED', endReason: 'grade D, business suspended' }),
    ]);

    expect(await measure()).toEqual({ grade: 'D', businessSuspended: true, note: null });

    const lifted = await system.query<{ liftKeySupervision: { keySupervisionHistory: Period[] } }>(LIFT, { id, reason: '已完成整改' }, FURONG);
    expect(lifted.errors).toBeUndefined();
    expect(lifted.data!.liftKeySupervision.keySupervisionHistory).toEqual([
      expect.objectContaining({ grade: 'D', endKind: 'LIFTED', endReason: '已完成整改', endedAt: expect.any(String) }),
      expect.objectContaining({ grade: 'B', endKind: 'CHANGED' }),
    ]);
    expect((await system.query(AUDIT)).data).toEqual({ recordsAuditLog: { nodes: [expect.objectContaining({ operation: 'liftKeySupervision', objectId: id })] } });

    expect(await measure()).toBeNull();

    const again = await system.query<Errors>(LIFT, { id, reason: '重复' }, FURONG);
    expect(again.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringContaining('not under key supervision') });
  });

  it('stores one current period when placements race (each stored one supersedes the other, or is CONFLICT)', async () => {
    const id = await newEntry();
    const answers = await Promise.all(['A', 'B', 'C', 'D'].map((grade) => system.query<{ placeUnderKeySupervision: unknown }>(PLACE, { id, grade, suspended: false }, FURONG)));
    const stored = answers.filter((answer) => !answer.errors).length;
    for (const answer of answers.filter((one) => one.errors)) expect(answer.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const history = await system.query<{ ledgerEntry: { keySupervisionHistory: Period[] } }>(`query ($id: ID!) { ledgerEntry(id: $id) { keySupervisionHistory { grade endedAt endKind } } }`, { id }, FURONG);
    const periods = history.data!.ledgerEntry.keySupervisionHistory;
    expect(periods).toHaveLength(stored);
    expect(periods.filter((period) => period.endedAt === null)).toHaveLength(1);
    expect(periods.slice(1).every((period) => period.endKind === 'CHANGED')).toBe(true);
  });

  it('refuses other regions (NOT_FOUND), other roles (FORBIDDEN) and bad input, storing nothing', async () => {
    const id = await newEntry();
    expect((await system.query<Errors>(PLACE, { id, grade: 'A', suspended: false }, { as: demoUsers.beijing })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    for (const as of [demoUsers.court, demoUsers.changshaCredit, demoUsers.nanshanMarket, demoUsers.service]) {
      expect((await system.query<Errors>(PLACE, { id, grade: 'A', suspended: false }, { as })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await system.query<Errors>(PLACE, { id: 'x', grade: 'A', suspended: false }, FURONG)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'entryId' });
    expect((await system.query<Errors>(PLACE, { id, grade: 'A', suspended: false, note: '长'.repeat(2001) }, FURONG)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    expect((await system.query<Errors>(LIFT, { id, reason: ' ' }, FURONG)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const history = await system.query<{ placeUnderKeySupervision: { keySupervisionHistory: Period[] } }>(PLACE, { id, grade: 'A', suspended: false }, FURONG);
    expect(history.data!.placeUnderKeySupervision.keySupervisionHistory).toHaveLength(1);
  });

  it('refuses an entry excluded by its business status in institutions, read live (CONFLICT naming EXCLUDED)', async () => {
    const code = nextEntity();
    expect((await system.query<Errors>(REGISTER, { input: { uscc: code, name: '长沙某破产信用服务有限公司', legalRepresentative: '李四', region: '430102' } })).errors).toBeUndefined();
    const id = await newEntry(code);
    expect((await system.query<Errors>(STATUS, { uscc: code, status: 'BANKRUPTCY', reason: '（2021）湘0102破2号' })).errors).toBeUndefined();
    const refused = await system.query<Errors>(PLACE, { id, grade: 'C', suspended: true }, FURONG);
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringContaining('EXCLUDED') });
    expect((await system.query<Errors>(STATUS, { uscc: code, status: 'OPERATING' })).errors).toBeUndefined();
    expect((await system.query<Errors>(PLACE, { id, grade: 'C', suspended: true }, FURONG)).errors).toBeUndefined();
  });
});
