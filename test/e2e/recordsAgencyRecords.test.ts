import { DishonestyRecordEntity } from '../../subgraphs/records/entities/DishonestyRecordEntity';
import { demoUsers } from '../../subgraphs/kit/demo/demoUsers';
import { startTestSystem, type QueryOptions, type TestSystem } from '../support/startTestSystem';
import { testDrivers } from '../support/testStorage';
import { uscc } from '../support/uscc';

/** The complaints service, as its gateway client presents itself (DESIGN.md §3 rule 5). */
const COMPLAINTS: QueryOptions = { as: { role: 'SERVICE', subject: 'service:complaints', service: 'complaints' } };

const FIELDS = 'id status kind severity region subject { uscc } subjectName documentNumber finding findingBy findingNote findingAt';
const COLLECT = `mutation ($key: String!, $by: String!, $input: RecordDishonestyInput!) {
  collectAgencyRecord(sourceKey: $key, onBehalfOf: $by, input: $input) { ${FIELDS} }
}`;
const FINDING = `mutation ($key: String!, $by: String!, $finding: LetterFinding!, $regulator: String!, $note: String) {
  recordClueFinding(sourceKey: $key, onBehalfOf: $by, finding: $finding, regulator: $regulator, note: $note) { ${FIELDS} }
}`;
const LEDGER = `query ($region: RegionCode!) { governanceLedger(region: $region, first: 100) { nodes { subject { uscc } status targets } } }`;

interface Stored { id: string; status: string; finding: string | null; findingBy: string | null; findingNote: string | null; findingAt: string | null; [field: string]: unknown }
interface Collected { collectAgencyRecord: Stored | null }
interface Found { recordClueFinding: Stored | null }
interface Ledger { governanceLedger: { nodes: { subject: { uscc: string }; status: string; targets: string[] }[] } }

const clue = (subjectUscc: string | null, overrides: Record<string, unknown> = {}) => ({
  ...(subjectUscc ? { subjectUscc } : { subjectIdentifiers: ['微信号 xyxf-e2e'] }),
  subjectName: '某信用修复工作室', region: '430102', kind: 'IMPERSONATION_CLUE', authority: '长沙市芙蓉区发展和改革局',
  decidedAt: '2021-05-20', summary: '据举报：冒用信用服务机构名义收费“修复征信”。', ...overrides,
});

describe.each(testDrivers())('the records–complaints contract through the gateway on %s', (driver) => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await startTestSystem(driver);
  });

  afterAll(async () => {
    await system.close();
  });

  const recordCount = () => system.subgraphs.records.dataSource.getRepository(DishonestyRecordEntity).count();
  const collect = (key: string, input: Record<string, unknown>, options: QueryOptions = COMPLAINTS) =>
    system.query<Collected>(COLLECT, { key, by: '李明（芙蓉区发改局）', input }, options);
  const find = (key: string, finding: string, options: QueryOptions = COMPLAINTS) =>
    system.query<Found>(FINDING, { key, by: '李明（芙蓉区发改局）', finding, regulator: '长沙市芙蓉区市场监督管理局', note: '经查' }, options);
  const ledgerOf = async (region: string) => (await system.query<Ledger>(LEDGER, { region })).data?.governanceLedger.nodes ?? [];
  const codes = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.map((error) => error.extensions?.code);

  it('collects a clue about an entity into the record and the region’s ledger, audited for the person who acted', async () => {
    const subject = uscc('91430102MA4Y00001');
    const result = await collect('clue:1', clue(subject));
    expect(result.errors).toBeUndefined();
    expect(result.data?.collectAgencyRecord).toMatchObject({
      status: 'ACTIVE', kind: 'IMPERSONATION_CLUE', severity: 'GENERAL', region: '430102', subject: { uscc: subject },
      finding: null, findingBy: null, findingNote: null, findingAt: null,
    });
    expect(await ledgerOf('430102')).toContainEqual({ subject: { uscc: subject }, status: 'IN_LEDGER', targets: ['IMPERSONATOR'] });
    const audit = await system.query<{ recordsAuditLog: { nodes: { actor: string; role: string; operation: string; objectId: string }[] } }>(
      '{ recordsAuditLog(first: 1) { nodes { actor role operation objectId } } }',
    );
    expect(audit.data?.recordsAuditLog.nodes).toEqual([
      { actor: '李明（芙蓉区发改局） via service:complaints', role: 'SERVICE', operation: 'collectAgencyRecord', objectId: result.data?.collectAgencyRecord?.id },
    ]);
  });

  it('answers a retry with the same input (however spaced) with the record stored first, and stores it once', async () => {
    const first = await collect('clue:2', clue(null));
    const before = await recordCount();
    const again = await collect('clue:2', clue(null, { subjectName: '  某信用修复工作室 ', subjectIdentifiers: [' 微信号 xyxf-e2e'] }));
    expect(again.errors).toBeUndefined();
    expect(again.data?.collectAgencyRecord?.id).toBe(first.data?.collectAgencyRecord?.id);
    expect(await recordCount()).toBe(before);
  });

  it('refuses other input under a key already used with CONFLICT and stores nothing', async () => {
    await collect('clue:3', clue(null));
    const before = await recordCount();
    const other = await collect('clue:3', clue(null, { summary: '另一条线索' }));
    expect(codes(other)).toEqual(['CONFLICT']);
    expect(other.errors?.[0].message).toContain('clue:3');
    expect(await recordCount()).toBe(before);
  });

  it('stores concurrent retries of one key once and answers each with that record', async () => {
    const before = await recordCount();
    const responses = await Promise.all(Array.from({ length: 8 }, () => collect('clue:concurrent', clue(uscc('91430102MA4Y00002')))));
    expect(responses.filter((response) => response.errors)).toEqual([]);
    expect(new Set(responses.map((response) => response.data?.collectAgencyRecord?.id)).size).toBe(1);
    expect(await recordCount()).toBe(before + 1);
  });

  it('enters a false disclosure or commitment breach into the ledger only when it is serious (measure 6)', async () => {
    const general = uscc('91430102MA4Y00003');
    const serious = uscc('91430102MA4Y00004');
    const breach = { kind: 'COMMITMENT_BREACH', authority: '长沙市芙蓉区发展和改革局', summary: '违背信用承诺。' };
    expect(codes(await collect('complaint:1', clue(general, { ...breach, severity: 'GENERAL' })))).toBeUndefined();
    expect(codes(await collect('complaint:2', clue(serious, { ...breach, kind: 'FALSE_DISCLOSURE', severity: 'SERIOUS' })))).toBeUndefined();
    const ledger = (await ledgerOf('430102')).map((entry) => entry.subject.uscc);
    expect(ledger).toContain(serious);
    expect(ledger).not.toContain(general);
  });

  it('refuses a kind complaints does not decide (a penalty) as BAD_USER_INPUT on input.kind', async () => {
    const before = await recordCount();
    const result = await collect('complaint:3', clue(uscc('91430102MA4Y00005'), { kind: 'ADMINISTRATIVE_PENALTY', documentNumber: '芙市监罚〔2021〕901号' }));
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.kind' });
    expect(await recordCount()).toBe(before);
  });

  it('records a substantiated finding, answers the same finding again with the record, and refuses a different one', async () => {
    await collect('clue:10', clue(uscc('91430102MA4Y00010')));
    const found = await find('clue:10', 'SUBSTANTIATED');
    expect(found.errors).toBeUndefined();
    expect(found.data?.recordClueFinding).toMatchObject({
      status: 'ACTIVE', finding: 'SUBSTANTIATED', findingBy: '长沙市芙蓉区市场监督管理局', findingNote: '经查', findingAt: expect.any(String),
    });
    const again = await find('clue:10', 'SUBSTANTIATED');
    expect(again.data?.recordClueFinding).toEqual(found.data?.recordClueFinding);
    const other = await find('clue:10', 'UNFOUNDED');
    expect(codes(other)).toEqual(['CONFLICT']);
    expect(other.errors?.[0].message).toContain('SUBSTANTIATED');
  });

  it('marks a clue found untrue REFUTED: its entity is no longer an impersonator', async () => {
    const subject = uscc('91430102MA4Y00011');
    await collect('clue:11', clue(subject));
    const found = await find('clue:11', 'UNFOUNDED');
    expect(found.data?.recordClueFinding).toMatchObject({ status: 'REFUTED', finding: 'UNFOUNDED' });
    expect(await ledgerOf('430102')).toContainEqual({ subject: { uscc: subject }, status: 'IN_LEDGER', targets: [] });
  });

  it('refuses a finding on a clue that was revoked meanwhile with CONFLICT naming REVOKED', async () => {
    const collected = await collect('clue:12', clue(uscc('91430102MA4Y00012')));
    const id = collected.data?.collectAgencyRecord?.id;
    const revoked = await system.query(`mutation { revokeRecord(id: "${id}", reason: "撤销", documentNumber: "芙政复决字〔2021〕9号", decidedAt: "2021-05-21") { status } }`);
    expect(revoked.errors).toBeUndefined();
    const found = await find('clue:12', 'SUBSTANTIATED');
    expect(codes(found)).toEqual(['CONFLICT']);
    expect(found.errors?.[0].message).toContain('REVOKED');
  });

  it('is NOT_FOUND for an unknown source key and BAD_USER_INPUT for a record that is not a clue', async () => {
    expect(codes(await find('clue:does-not-exist', 'UNFOUNDED'))).toEqual(['NOT_FOUND']);
    const result = await find('complaint:2', 'UNFOUNDED');
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sourceKey' });
  });

  it.each([
    ['the national regulator', demoUsers.national],
    ['a lead unit', demoUsers.furong],
    ['another service (repair)', demoUsers.service],
    ['an institution', demoUsers.changshaCredit],
    ['an industry regulator', demoUsers.nanshanMarket],
    ['the public', null],
  ])('is FORBIDDEN for %s, and stores nothing', async (_who, as) => {
    const before = await recordCount();
    expect(codes(await collect('clue:forbidden', clue(null), { as }))).toEqual(['FORBIDDEN']);
    expect(codes(await find('clue:10', 'UNFOUNDED', { as }))).toEqual(['FORBIDDEN']);
    expect(await recordCount()).toBe(before);
  });
});
