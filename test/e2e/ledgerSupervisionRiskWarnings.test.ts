import { demoUsers } from '../../subgraphs/kit/demo/demoUsers';
import { startTestSystem, type QueryOptions, type TestSystem } from '../support/startTestSystem';
import { testDrivers } from '../support/testStorage';
import { uscc } from '../support/uscc';

const RECORD = `mutation ($input: RecordDishonestyInput!) { recordDishonesty(input: $input) { id subject { ledgerEntries { id } } } }`;
const REVOKE = `mutation ($id: ID!) { revokeRecord(id: $id, reason: "复议撤销", documentNumber: "长府复决〔2021〕9号", decidedAt: "2021-06-02") { id } }`;
const CANDIDATES = `query ($region: RegionCode!) { riskWarningCandidates(region: $region) { entry { id subject { uscc } } inLedgerSince dueOn warnings { recipient documentNumber } } }`;
const SEND = `mutation ($ids: [ID!]!, $recipient: String!, $recipientRegion: RegionCode!, $sector: String!, $doc: String!) {
  sendRiskWarning(entryIds: $ids, recipient: $recipient, recipientRegion: $recipientRegion, sector: $sector, documentNumber: $doc) { id documentNumber recipient recipientRegion sector sentAt sentBy entryCount }
}`;
const WARNINGS = `query ($uscc: USCC!) { marketEntity(uscc: $uscc) { ledgerEntries { id riskWarnings { documentNumber recipient sentBy sentAt entryCount } } } }`;
const AUDIT = '{ recordsAuditLog(first: 1) { nodes { actor operation objectType summary } } }';

type Errors = { errors?: { message: string; extensions?: Record<string, unknown> }[] };
interface Candidate { entry: { id: string; subject: { uscc: string } }; inLedgerSince: string; dueOn: string; warnings: { recipient: string; documentNumber: string }[] }

const FURONG: QueryOptions = { as: demoUsers.furong };
const REGION = '430102';
const code = (i: number) => uscc(`91430102MA4X${String(i).padStart(5, '0')}`);

describe.each(testDrivers())('risk warnings through the gateway on %s', (driver) => {
  let system: TestSystem;
  let clock = new Date('2021-03-01T10:00:00+08:00');
  const entryIds: string[] = [];
  const recordIds: string[] = [];

  const candidates = async (as: QueryOptions = FURONG) => {
    const answer = await system.query<{ riskWarningCandidates: Candidate[] }>(CANDIDATES, { region: REGION }, as);
    expect(answer.errors).toBeUndefined();
    return answer.data!.riskWarningCandidates.filter((candidate) => entryIds.includes(candidate.entry.id));
  };
  const send = (ids: string[], recipient: string, doc: string, as: QueryOptions = FURONG, recipientRegion = REGION) =>
    system.query<{ sendRiskWarning: Record<string, unknown> }>(SEND, { ids, recipient, recipientRegion, sector: '市场监管', doc }, as);

  beforeAll(async () => {
    system = await startTestSystem(driver, { now: () => clock });
    for (const i of [1, 2]) {
      const answer = await system.query<{ recordDishonesty: { id: string; subject: { ledgerEntries: { id: string }[] } } }>(RECORD, { input: {
        subjectUscc: code(i), subjectName: `长沙某信用服务有限公司${i}`, region: REGION, kind: 'ADMINISTRATIVE_PENALTY', authority: '长沙市芙蓉区市场监督管理局',
        documentNumber: `芙市监罚〔2021〕${300 + i}号`, decidedAt: '2021-02-20', summary: '虚假宣传，罚款。',
      } }, FURONG);
      expect(answer.errors).toBeUndefined();
      entryIds.push(answer.data!.recordDishonesty.subject.ledgerEntries[0].id);
      recordIds.push(answer.data!.recordDishonesty.id);
    }
  }, 120_000);
  afterAll(() => system?.close());

  it('lists an entry only once the configured 3 calendar months since it entered the ledger have passed', async () => {
    clock = new Date('2021-05-31T23:59:00+08:00');
    expect(await candidates()).toEqual([]);
    const early = await send([entryIds[0]], '长沙市芙蓉区市场监督管理局', '芙信用办函〔2021〕1号');
    expect(early.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringContaining('2021-06-01') });

    clock = new Date('2021-06-01T08:00:00+08:00');
    expect(await candidates()).toEqual([0, 1].map((i) => ({
      entry: { id: entryIds[i], subject: { uscc: code(i + 1) } }, inLedgerSince: '2021-03-01T10:00:00.000+08:00', dueOn: '2021-06-01', warnings: [],
    })));
    expect(await candidates({ as: demoUsers.national })).toHaveLength(2);
  });

  it('records a letter sent (who, when, to whom), shows it on the entry, and refuses the same recipient twice', async () => {
    clock = new Date('2021-06-02T09:00:00+08:00');
    const sent = await send(entryIds, '长沙市芙蓉区市场监督管理局', '芙信用办函[2021]2号');
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.sendRiskWarning).toEqual({
      id: expect.any(String), documentNumber: '芙信用办函[2021]2号', recipient: '长沙市芙蓉区市场监督管理局', recipientRegion: REGION, sector: '市场监管',
      sentAt: '2021-06-02T09:00:00.000+08:00', sentBy: 'furong-lead-1', entryCount: 2,
    });
    expect((await system.query(AUDIT)).data).toEqual({ recordsAuditLog: { nodes: [expect.objectContaining({ actor: 'furong-lead-1', operation: 'sendRiskWarning', objectType: 'RiskWarning' })] } });
    const shown = await system.query<{ marketEntity: { ledgerEntries: { riskWarnings: unknown[] }[] } }>(WARNINGS, { uscc: code(1) }, FURONG);
    expect(shown.data!.marketEntity.ledgerEntries[0].riskWarnings).toEqual([
      { documentNumber: '芙信用办函[2021]2号', recipient: '长沙市芙蓉区市场监督管理局', sentBy: 'furong-lead-1', sentAt: expect.any(String), entryCount: 2 },
    ]);
    expect((await candidates()).map((candidate) => candidate.warnings)).toEqual([
      [{ recipient: '长沙市芙蓉区市场监督管理局', documentNumber: '芙信用办函[2021]2号' }],
      [{ recipient: '长沙市芙蓉区市场监督管理局', documentNumber: '芙信用办函[2021]2号' }],
    ]);

    const twice = await send([entryIds[0]], '长沙市芙蓉区 市场监督管理局', '芙信用办函〔2021〕3号');
    expect(twice.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringContaining(`ledger entry ${entryIds[0]} was already named`) });
    const sameNumber = await send([entryIds[0]], '长沙市商务局', '芙信用办函（2021）2号');
    expect(sameNumber.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const other = await send([entryIds[0]], '长沙市商务局', '芙信用办函〔2021〕4号');
    expect(other.errors).toBeUndefined();
  });

  it('names an entry to one recipient once when two letters race', async () => {
    clock = new Date('2021-06-03T09:00:00+08:00');
    const answers = await Promise.all([6, 7, 8].map((n) => send([entryIds[0]], '长沙市芙蓉区教育局', `芙信用办函〔2021〕${n}号`)));
    expect(answers.filter((answer) => !answer.errors)).toHaveLength(1);
    for (const answer of answers.filter((one) => one.errors)) expect(answer.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('drops an entry whose exit criteria are met now (read from every agency), and refuses to warn about it', async () => {
    // Entity 2 is no institution: with its only record revoked, every criterion is met.
    expect((await system.query<Errors>(REVOKE, { id: recordIds[1] }, FURONG)).errors).toBeUndefined();
    expect((await candidates()).map((candidate) => candidate.entry.id)).toEqual([entryIds[0]]);
    const refused = await send([entryIds[1]], '长沙市芙蓉区商务局', '芙信用办函〔2021〕5号');
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringContaining('meets its exit criteria') });
  });

  it('refuses other regions, other roles and bad input', async () => {
    expect((await send([entryIds[0]], '某局', '京信用办函〔2021〕1号', { as: demoUsers.beijing }, '110105')).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // A lead unit addresses only the regulators of its own region, whatever the entries.
    for (const as of [FURONG, { as: demoUsers.beijing }]) {
      const elsewhere = await send([entryIds[0]], '长沙市天心区市场监督管理局', '芙信用办函〔2021〕10号', as, '430103');
      expect(elsewhere.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN', field: 'recipientRegion' }, message: expect.stringContaining('recipientRegion') });
    }
    const warned = await system.query<{ marketEntity: { ledgerEntries: { riskWarnings: { documentNumber: string }[] }[] } }>(WARNINGS, { uscc: code(1) }, FURONG);
    expect(warned.data!.marketEntity.ledgerEntries[0].riskWarnings.map((warning) => warning.documentNumber)).not.toContain('芙信用办函〔2021〕10号');
    for (const as of [demoUsers.court, demoUsers.service, demoUsers.changshaCredit]) {
      expect((await send([entryIds[1]], '某局', '某函〔2021〕1号', { as })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await send([], '某局', '芙信用办函〔2021〕9号')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'entryIds' });
    expect((await send([entryIds[1]], ' ', '芙信用办函〔2021〕9号')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'recipient' });
    const outside = await system.query<Errors>(CANDIDATES, { region: '110000' }, FURONG);
    expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
