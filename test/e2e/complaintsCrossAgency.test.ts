import * as audit from '../../subgraphs/kit/audit/recordAudit';
import * as transition from '../../subgraphs/complaints/handling/transitionComplaint';
import { ClueEntity } from '../../subgraphs/complaints/entities/ClueEntity';
import { ComplaintEntity } from '../../subgraphs/complaints/entities/ComplaintEntity';
import { OutboxEntity } from '../../subgraphs/complaints/entities/OutboxEntity';
import { createOutboxRelay } from '../../subgraphs/complaints/outbox/createOutboxRelay';
import { enqueueRecordsWrite } from '../../subgraphs/complaints/outbox/enqueueRecordsWrite';
import { flushOutbox } from '../../subgraphs/complaints/outbox/outboxRelays';
import { inTransaction } from '../../subgraphs/kit/data/transaction';
import { createServiceTokenSource } from '../../subgraphs/kit/identity/serviceToken';
import { createGatewayClient } from '../../subgraphs/kit/services/createGatewayClient';
import type { Identity } from '../../subgraphs/kit/identity/identity';
import { startTestSystem, type QueryOptions, type TestSystem } from '../support/startTestSystem';
import { testDrivers } from '../support/testStorage';
import { uscc } from '../support/uscc';

/**
 * What complaints writes into records (review of issue 4, findings 1–3, 5): only the winner of a
 * race reaches records, nothing is written from inside a transaction that may roll back, a retry
 * on another day completes, and records never holds the complainant's words.
 */
type Caller = Omit<Identity, 'clientAddress'>;
const NANSHAN: Caller = { role: 'LEAD_UNIT', subject: 'nanshan-lead-x', region: '440305' };
const NANSHAN2: Caller = { role: 'LEAD_UNIT', subject: 'nanshan-lead-x2', region: '440305' };
const COMPLAINTS_SERVICE: QueryOptions = { as: { role: 'SERVICE', subject: 'service:complaints', service: 'complaints' } };

const SUBMIT = 'mutation ($input: SubmitComplaintInput!, $key: String!) { submitComplaint(input: $input, idempotencyKey: $key) { trackingNumber } }';
const ACCEPT = 'mutation ($id: ID!) { acceptComplaint(id: $id) { id status } }';
const REFUSE = 'mutation ($id: ID!, $reason: String!) { refuseComplaint(id: $id, reason: $reason) { id status } }';
const CONCLUDE = 'mutation ($id: ID!, $input: ConcludeComplaintInput!) { concludeComplaint(id: $id, input: $input) { id status outcome dishonestyRecord { id } } }';
const RECORD_CLUE = 'mutation ($input: RecordImpersonationClueInput!) { recordImpersonationClue(input: $input) { id collected } }';
const RECORDS = 'query ($uscc: USCC!) { marketEntity(uscc: $uscc) { dishonestyRecords { nodes { id kind status severity decidedAt summary } } ledgerEntries { region } } }';
const COLLECT = 'mutation ($key: String!, $input: RecordDishonestyInput!) { collectAgencyRecord(sourceKey: $key, onBehalfOf: "someone else", input: $input) { id } }';

interface RecordNode { id: string; kind: string; status: string; severity: string | null; decidedAt: string; summary: string }
interface Records { marketEntity: { dishonestyRecords: { nodes: RecordNode[] }; ledgerEntries: { region: string }[] } }
type Result = { errors?: { message: string; extensions?: Record<string, unknown> }[] };
const codes = (result: Result) => result.errors?.map((error) => error.extensions?.code);

describe.each(testDrivers())('complaints → records through the outbox on %s', (driver) => {
  let now = new Date('2026-03-10T10:00:00+08:00');
  let system: TestSystem;
  let keys = 0;
  let entities = 0;
  /** A fresh USCC per test, so each reads only its own records. */
  const nextEntity = () => uscc(`91440305MA5X${driver === 'sqlite' ? '1' : '2'}${String((entities += 1)).padStart(4, '0')}`);

  beforeAll(async () => {
    system = await startTestSystem(driver, { now: () => now });
  }, 120_000);

  afterAll(async () => {
    await system.close();
  });

  const submitted = async (input: Record<string, unknown>) => {
    const result = await system.query<{ submitComplaint: { trackingNumber: string } }>(SUBMIT, { input, key: `cross-agency-${driver}-${(keys += 1)}` });
    expect(result.errors).toBeUndefined();
    const trackingNumber = result.data?.submitComplaint.trackingNumber;
    return String((await system.subgraphs.complaints.dataSource.getRepository(ComplaintEntity).findOneByOrFail({ trackingNumber })).id);
  };
  const recordsOf = async (subject: string) => {
    await flushOutbox(system.subgraphs.complaints.dataSource);
    const result = await system.query<Records>(RECORDS, { uscc: subject });
    expect(result.errors).toBeUndefined();
    return result.data?.marketEntity ?? { dishonestyRecords: { nodes: [] }, ledgerEntries: [] };
  };
  const statusOf = async (id: string) => (await system.subgraphs.complaints.dataSource.getRepository(ComplaintEntity).findOneByOrFail({ id: Number(id) })).status;

  it('accept racing refuse: one wins, the other is CONFLICT naming the state, and records holds a clue exactly when the complaint was accepted', async () => {
    const subject = nextEntity();
    const id = await submitted({ category: 'IMPERSONATION', region: '440305', subjectUscc: subject, subjectName: '某公司', content: '冒充征信机构。' });
    const [accepted, refused] = await Promise.all([system.query(ACCEPT, { id }, { as: NANSHAN }), system.query(REFUSE, { id, reason: '证据不足。' }, { as: NANSHAN2 })]);
    const loser = codes(accepted) ? accepted : refused;
    expect([codes(accepted), codes(refused)].filter((code) => code === undefined)).toHaveLength(1);
    expect(codes(loser)).toEqual(['CONFLICT']);
    const status = await statusOf(id);
    expect(loser.errors?.[0].message).toContain(status);
    const clues = (await recordsOf(subject)).dishonestyRecords.nodes.filter((record) => record.kind === 'IMPERSONATION_CLUE');
    expect(clues).toHaveLength(status === 'ACCEPTED' ? 1 : 0);
  });

  it('conclude PUBLISHED racing conclude UNFOUNDED: records holds the SERIOUS record and the ledger entry exactly when publication won', async () => {
    const subject = nextEntity();
    const id = await submitted({ category: 'FALSE_DISCLOSURE', region: '440305', subjectUscc: subject, subjectName: '某公司', content: '虚假公示。' });
    expect((await system.query(ACCEPT, { id }, { as: NANSHAN })).errors).toBeUndefined();
    const [published, unfounded] = await Promise.all([
      system.query(CONCLUDE, { id, input: { outcome: 'PUBLISHED_AS_DISHONESTY', severity: 'SERIOUS', conclusion: '属实。' } }, { as: NANSHAN }),
      system.query(CONCLUDE, { id, input: { outcome: 'UNFOUNDED', conclusion: '不实。' } }, { as: NANSHAN2 }),
    ]);
    expect([codes(published), codes(unfounded)].filter((code) => code === undefined)).toHaveLength(1);
    expect(codes(codes(published) ? published : unfounded)).toEqual(['CONFLICT']);
    const outcome = (await system.subgraphs.complaints.dataSource.getRepository(ComplaintEntity).findOneByOrFail({ id: Number(id) })).outcome;
    const entity = await recordsOf(subject);
    const serious = entity.dishonestyRecords.nodes.filter((record) => record.severity === 'SERIOUS');
    expect(serious).toHaveLength(outcome === 'PUBLISHED_AS_DISHONESTY' ? 1 : 0);
    expect(entity.ledgerEntries).toHaveLength(outcome === 'PUBLISHED_AS_DISHONESTY' ? 1 : 0);
  });

  it('a conclusion that failed in complaints sent nothing, so its retry the next day completes, dated that day', async () => {
    const subject = nextEntity();
    const id = await submitted({ category: 'FALSE_DISCLOSURE', region: '440305', subjectUscc: subject, subjectName: '某公司', content: '虚假公示二。' });
    expect((await system.query(ACCEPT, { id }, { as: NANSHAN })).errors).toBeUndefined();
    const input = { outcome: 'PUBLISHED_AS_DISHONESTY', severity: 'SERIOUS', conclusion: '属实。' };
    const blip = jest.spyOn(transition, 'transitionComplaint').mockRejectedValueOnce(new Error('storage blip'));
    const failing = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(codes(await system.query(CONCLUDE, { id, input }, { as: NANSHAN }))).toEqual(['INTERNAL_SERVER_ERROR']);
    } finally {
      blip.mockRestore();
      failing.mockRestore();
    }
    const previous = now;
    now = new Date('2026-03-11T10:00:00+08:00');
    try {
      const retried = await system.query<{ concludeComplaint: { status: string; dishonestyRecord: { id: string } | null } }>(CONCLUDE, { id, input }, { as: NANSHAN });
      expect(retried.errors).toBeUndefined();
      expect(retried.data?.concludeComplaint.status).toBe('CONCLUDED');
      expect(retried.data?.concludeComplaint.dishonestyRecord).not.toBeNull();
    } finally {
      now = previous;
    }
    const records = (await recordsOf(subject)).dishonestyRecords.nodes;
    expect(records.map((record) => [record.kind, record.severity, record.decidedAt])).toEqual([['FALSE_DISCLOSURE', 'SERIOUS', '2026-03-11']]);
  });

  it('a clue whose transaction rolled back reached nothing in records: the next clues (an id reused on SQLite) are collected, no stray record', async () => {
    const subject = nextEntity();
    const original = audit.recordAudit;
    let fail = true;
    const blip = jest.spyOn(audit, 'recordAudit').mockImplementation(async (manager, identity, entry, at) => {
      if (fail && entry.operation === 'recordImpersonationClue') {
        fail = false;
        throw new Error('storage blip');
      }
      return original(manager, identity, entry, at);
    });
    const failing = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const clue = (description: string) => ({ input: { region: '440305', subjectUscc: subject, subjectName: '某公司', description, source: '监测' } });
    try {
      expect(codes(await system.query(RECORD_CLUE, clue('线索一。'), { as: NANSHAN }))).toEqual(['INTERNAL_SERVER_ERROR']);
      for (const description of ['线索二。', '线索三。']) {
        const recorded = await system.query<{ recordImpersonationClue: { collected: boolean } }>(RECORD_CLUE, clue(description), { as: NANSHAN });
        expect(recorded.errors).toBeUndefined();
        expect(recorded.data?.recordImpersonationClue.collected).toBe(true);
      }
    } finally {
      blip.mockRestore();
      failing.mockRestore();
    }
    expect(await system.subgraphs.complaints.dataSource.getRepository(ClueEntity).countBy({ uscc: subject })).toBe(2);
    const records = (await recordsOf(subject)).dishonestyRecords.nodes;
    expect(records.map((record) => record.summary).sort()).toEqual([expect.stringContaining('线索三。'), expect.stringContaining('线索二。')].sort());
    expect(records.some((record) => record.summary.includes('线索一。'))).toBe(false);
  });

  it('delivers through the relay alone once records is back (backoff), and marks a write records refuses FAILED instead of retrying it', async () => {
    const subject = nextEntity();
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const outbox = system.subgraphs.complaints.dataSource.getRepository(OutboxEntity);
    try {
      await system.subgraphs.records.pause();
      const clue = (description: string) => ({ input: { region: '440305', subjectUscc: subject, subjectName: '某公司', description, source: '监测' } });
      const first = await system.query<{ recordImpersonationClue: { id: string; collected: boolean } }>(RECORD_CLUE, clue('线索甲。'), { as: NANSHAN });
      const second = await system.query<{ recordImpersonationClue: { id: string; collected: boolean } }>(RECORD_CLUE, clue('线索乙。'), { as: NANSHAN });
      expect([first.data?.recordImpersonationClue.collected, second.data?.recordImpersonationClue.collected]).toEqual([false, false]);
      await system.subgraphs.records.resume();
      // Another write already holds the second clue's key in records, with other content: records answers CONFLICT.
      const squatted = await system.query(COLLECT, { key: `clue:${second.data?.recordImpersonationClue.id}`, input: {
        subjectUscc: subject, subjectName: '某公司', region: '440305', kind: 'IMPERSONATION_CLUE', authority: '深圳市南山区发展和改革局', decidedAt: '2026-03-01', summary: '另一条。' } }, COMPLAINTS_SERVICE);
      expect(squatted.errors).toBeUndefined();
      const clues = system.subgraphs.complaints.dataSource.getRepository(ClueEntity);
      const firstId = Number(first.data?.recordImpersonationClue.id);
      for (let waited = 0; waited < 15_000 && (await clues.findOneByOrFail({ id: firstId })).collectedAt === null; waited += 200) await new Promise((resolve) => setTimeout(resolve, 200));
      expect((await clues.findOneByOrFail({ id: firstId })).collectedAt).not.toBeNull();
      await flushOutbox(system.subgraphs.complaints.dataSource);
      const refused = await outbox.findOneByOrFail({ sourceKey: `clue:${second.data?.recordImpersonationClue.id}` });
      expect(refused.status).toBe('FAILED');
      expect(refused.lastError).toContain('CONFLICT');
      const listed = await system.query<{ complaintsOutbox: { nodes: { sourceKey: string; lastError: string }[] } }>('{ complaintsOutbox(status: FAILED, first: 100) { nodes { sourceKey lastError } } }');
      expect(listed.data?.complaintsOutbox.nodes).toEqual(expect.arrayContaining([expect.objectContaining({ sourceKey: refused.sourceKey })]));
      const attempts = refused.attempts;
      await flushOutbox(system.subgraphs.complaints.dataSource);
      expect((await outbox.findOneByOrFail({ id: refused.id })).attempts).toBe(attempts);
      expect((await clues.findOneByOrFail({ id: Number(second.data?.recordImpersonationClue.id) })).collectedAt).toBeNull();
    } finally {
      await system.subgraphs.records.resume();
      warn.mockRestore();
    }
  }, 30_000);

  it("delivers a key's writes in order: a finding waits while its clue's collection is backing off, then follows it", async () => {
    const subject = nextEntity();
    const key = `clue:${900000 + entities}`;
    const { dataSource } = system.subgraphs.complaints;
    const outbox = dataSource.getRepository(OutboxEntity);
    const at = new Date();
    await inTransaction(dataSource, async (manager) => {
      await enqueueRecordsWrite(manager, { operation: 'collectAgencyRecord', sourceKey: key, onBehalfOf: 'nanshan-lead-x', input: {
        subjectUscc: subject, subjectName: '某公司', subjectIdentifiers: [], region: '440305', kind: 'IMPERSONATION_CLUE', authority: '深圳市南山区发展和改革局', decidedAt: '2026-03-10', summary: '线索。' } }, at);
      await enqueueRecordsWrite(manager, { operation: 'recordClueFinding', sourceKey: key, onBehalfOf: 'nanshan-amr-x', finding: 'SUBSTANTIATED', regulator: '深圳市南山区市场监督管理局', note: null }, at);
    });
    const [collection, finding] = await outbox.find({ where: { sourceKey: key }, order: { id: 'ASC' } });
    // The collection backs off (an earlier outage); the finding behind it is due.
    await outbox.update({ id: collection.id }, { attempts: 1, nextAttemptAt: new Date(Date.now() + 60_000) });
    const gateway = createGatewayClient({ url: () => system.gatewayUrl, serviceToken: createServiceTokenSource('complaints').token });
    const relay = createOutboxRelay({ dataSource, gateway, now: () => now });
    await new Promise((resolve) => setTimeout(resolve, 500));
    await relay.stop();
    expect(await outbox.findOneByOrFail({ id: finding.id })).toMatchObject({ status: 'PENDING', attempts: 0 });
    await flushOutbox(dataSource);
    expect((await outbox.find({ where: { sourceKey: key }, order: { id: 'ASC' } })).map((row) => row.status)).toEqual(['DELIVERED', 'DELIVERED']);
    const finds = await system.query<{ marketEntity: { dishonestyRecords: { nodes: { finding: string | null }[] } } }>('query ($uscc: USCC!) { marketEntity(uscc: $uscc) { dishonestyRecords { nodes { finding } } } }', { uscc: subject });
    expect(finds.data?.marketEntity.dishonestyRecords.nodes).toEqual([{ finding: 'SUBSTANTIATED' }]);
  });

  it("sends records a neutral summary of a complaint's clue, never the complainant's words, and shows a complaint's text only to its handler", async () => {
    const subject = nextEntity();
    const words = '我是王小明（身份证 430102199001011234，电话 13812345678），该公司冒充征信机构骗我5000元。';
    const id = await submitted({ category: 'IMPERSONATION', region: '440305', subjectUscc: subject, subjectName: '某公司', content: words, complainant: { name: '王小明', phone: '13812345678' } });
    expect((await system.query(ACCEPT, { id }, { as: NANSHAN })).errors).toBeUndefined();
    const institution = await system.query<Records>(RECORDS, { uscc: subject }, { as: { role: 'INSTITUTION', subject: 'firm', uscc: subject } });
    const body = JSON.stringify(institution.data);
    expect(institution.data?.marketEntity.dishonestyRecords.nodes).toHaveLength(1);
    expect(body).not.toMatch(/王小明|430102199001011234|13812345678|5000/);
    const content = async (as: Caller) => (await system.query<{ complaint: { content: string } }>('query ($id: ID!) { complaint(id: $id) { content } }', { id }, { as })).data?.complaint.content;
    expect(await content(NANSHAN)).toBe(words);
    expect(await content({ role: 'NATIONAL_REGULATOR', subject: 'ndrc-x' })).not.toMatch(/王小明|430102199001011234|13812345678/);
    const { dataSource } = system.subgraphs.complaints;
    const stored = JSON.stringify([
      await dataSource.createQueryBuilder().select('*').from('complaint', 'c').getRawMany(),
      await dataSource.createQueryBuilder().select('*').from('impersonation_clue', 'c').getRawMany(),
      await dataSource.createQueryBuilder().select('*').from('records_outbox', 'c').getRawMany(),
    ]);
    expect(stored).not.toMatch(/430102199001011234|13812345678/);
  });
});
