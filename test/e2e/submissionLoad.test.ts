import { Faker, base, en, zh_CN } from '@faker-js/faker';
import { createConnection } from 'mysql2/promise';
import { AuditEntryEntity } from '../../subgraphs/kit/audit/AuditEntryEntity';
import { ClueEntity } from '../../subgraphs/complaints/entities/ClueEntity';
import { ComplaintEntity } from '../../subgraphs/complaints/entities/ComplaintEntity';
import { ComplaintEventEntity } from '../../subgraphs/complaints/entities/ComplaintEventEntity';
import { sha256Hex } from '../../subgraphs/complaints/tokens/complaintTokens';
import { injectDatabaseFaults, type DatabaseFaults } from '../support/injectDatabaseFaults';
import { killMysqlConnections } from '../support/killMysqlConnections';
import { startFaultProxy, type FaultPlan, type FaultProxy } from '../support/startFaultProxy';
import { errorCodesOf, postUntilAnswered, type Attempt } from '../support/postUntilAnswered';
import type { GraphQLResponse } from '../support/startTestSubgraph';
import { startTestSystem, type TestSystem } from '../support/startTestSystem';
import { testDrivers } from '../support/testStorage';
import { uscc } from '../support/uscc';

// Issue 6, fault test 3: 2,000 submissions by 50 clients that retry through injected failures.
const SEED = 20210310;
const TOTAL = 2_000;
const CLIENTS = 50;
const REGIONS = ['430102', '430103', '110105', '310110', '440106'];
const CATEGORIES = ['FALSE_DISCLOSURE', 'COMMITMENT_BREACH', 'IMPERSONATION', 'OTHER'] as const;
/** A client gives up on an attempt after this; the proxy's stalls outlast it, so their requests arrive after the retry. */
const CLIENT_TIMEOUT_MS = 2_500;
const STALL_MS = CLIENT_TIMEOUT_MS + 700;
const MAX_ATTEMPTS = 30;
/** Complaints is stopped this long when this share of the submissions has been acknowledged. */
const OUTAGES = [0.2, 0.5, 0.8];
const OUTAGE_MS = 300;
/** On MySQL, complaints' database connections are killed (transactions in flight rolled back, a commit's answer lost) at these shares. */
const CONNECTION_KILLS = [0.35, 0.65];
const KILL_ROUNDS = 5;
const DATABASE_FAILURE_CHANCE = 0.03;

const SUBMIT = `mutation Submit($input: SubmitComplaintInput!, $key: String!) {
  submitComplaint(input: $input, idempotencyKey: $key) { trackingNumber token }
}`;

interface Submission {
  key: string;
  input: {
    category: (typeof CATEGORIES)[number];
    region: string;
    subjectUscc: string | null;
    subjectName: string;
    subjectIdentifiers: string[];
    content: string;
    complainant: { name: string; phone: string; email: null } | null;
  };
}

interface Receipt {
  trackingNumber: string;
  token: string;
}

interface SubmitAnswer {
  submitComplaint: Receipt | null;
}

interface Delivery {
  submission: Submission;
  receipt: Receipt | null;
  attempts: Attempt[];
}

/** The same submissions for the same seed: names, subjects and words from a seeded zh_CN faker. */
function submissionsFor(seed: number): Submission[] {
  const faker = new Faker({ locale: [zh_CN, en, base], seed });
  return Array.from({ length: TOTAL }, (_, i) => {
    const region = REGIONS[i % REGIONS.length];
    const subjectName = faker.company.name();
    const registered = faker.datatype.boolean(0.6);
    const fee = faker.number.int({ min: 300, max: 20_000 });
    return {
      key: `load-${seed}-${String(i).padStart(4, '0')}`,
      input: {
        category: faker.helpers.arrayElement(CATEGORIES),
        region,
        subjectUscc: registered ? uscc(`91${region}MA4L${String(i).padStart(5, '0')}`) : null,
        subjectName,
        subjectIdentifiers: registered ? [] : [faker.internet.domainName()],
        content: `${subjectName}以“信用修复”名义收取服务费${fee}元，${faker.helpers.arrayElement(['未按公示标准提供服务', '承诺的修复未见结果', '冒用信用服务机构名义'])}（第${i}号）`,
        complainant: faker.datatype.boolean(0.7) ? { name: faker.person.fullName(), phone: faker.helpers.fromRegExp(/1[3-9][0-9]{9}/), email: null } : null,
      },
    };
  });
}

/** Faults in front of the gateway, drawn from a seeded faker: the sequence is fixed, though which request gets which varies with timing. */
function faultPlans(seed: number): () => FaultPlan {
  const faker = new Faker({ locale: base, seed });
  return () =>
    faker.helpers.weightedArrayElement<() => FaultPlan>([
      { weight: 75, value: () => ({ kind: 'pass' }) },
      { weight: 3, value: () => ({ kind: 'duplicate' }) },
      { weight: 5, value: () => ({ kind: 'dropRequest' }) },
      { weight: 6, value: () => ({ kind: 'dropResponse' }) },
      { weight: 9, value: () => ({ kind: 'delay', ms: faker.number.int({ min: 20, max: 300 }) }) },
      { weight: 2, value: () => ({ kind: 'delay', ms: STALL_MS }) },
    ])();
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends one submission until it is acknowledged, with its key every time. */
async function deliver(url: string, submission: Submission): Promise<Delivery> {
  const variables = { input: submission.input, key: submission.key };
  const { data, attempts } = await postUntilAnswered<SubmitAnswer>(url, { query: SUBMIT, variables }, { maxAttempts: MAX_ATTEMPTS, timeoutMs: CLIENT_TIMEOUT_MS });
  return { submission, receipt: data?.submitComplaint ?? null, attempts };
}

const LEAD_UNIT_PAGE = `query ($region: RegionCode!, $after: String) {
  complaints(filter: { region: $region }, first: 200, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { trackingNumber category region subject { uscc } subjectName subjectIdentifiers content complainant { name phone email } events { status } }
  }
}`;

interface HandlerView {
  trackingNumber: string;
  category: string;
  region: string;
  subject: { uscc: string } | null;
  subjectName: string;
  subjectIdentifiers: string[];
  content: string;
  complainant: { name: string; phone: string | null; email: string | null } | null;
  events: { status: string }[];
}

interface LeadUnitPage {
  complaints: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: HandlerView[] };
}

/** A region's complaints as its lead unit, who handles them, reads them (content and complainant in clear). */
async function readAsLeadUnit(system: TestSystem, region: string): Promise<{ totalCount: number; nodes: HandlerView[] }> {
  const as = { role: 'LEAD_UNIT', subject: `load-test-lead-${region}`, region } as const;
  const nodes: HandlerView[] = [];
  let after: string | null = null;
  let totalCount = 0;
  do {
    const page: GraphQLResponse<LeadUnitPage> = await system.query<LeadUnitPage>(LEAD_UNIT_PAGE, { region, after }, { as });
    if (page.errors || !page.data) throw new Error(`reading ${region} as its lead unit: ${JSON.stringify(page.errors)}`);
    nodes.push(...page.data.complaints.nodes);
    totalCount = page.data.complaints.totalCount;
    after = page.data.complaints.pageInfo.hasNextPage ? page.data.complaints.pageInfo.endCursor : null;
  } while (after);
  return { totalCount, nodes };
}

/** What the handler should read for a submission with this receipt. */
const handlerViewOf = ({ input }: Submission, receipt: Receipt): HandlerView => ({
  trackingNumber: receipt.trackingNumber,
  category: input.category,
  region: input.region,
  subject: input.subjectUscc ? { uscc: input.subjectUscc } : null,
  subjectName: input.subjectName,
  subjectIdentifiers: input.subjectIdentifiers,
  content: input.content,
  complainant: input.complainant,
  events: [{ status: 'SUBMITTED' }],
});

describe.each(testDrivers())('complaint submissions under load with injected failures on %s', (driver) => {
  let system: TestSystem;
  let proxy: FaultProxy;
  let databaseFaults: DatabaseFaults;
  // The gateway warns of each failed subgraph request: hundreds while complaints is stopped.
  let warnings: jest.SpyInstance;

  beforeAll(async () => {
    warnings = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    system = await startTestSystem(driver, { publicRateLimits: { submissionsPerMinute: 1_000_000 } });
    proxy = await startFaultProxy({ target: system.gatewayUrl, plan: faultPlans(SEED) });
    const chance = new Faker({ locale: base, seed: SEED + 1 });
    // The audit entry is the submission's last write: failing it must take the complaint, its event and clue with it.
    databaseFaults = injectDatabaseFaults(system.subgraphs.complaints.dataSource, AuditEntryEntity, () => chance.datatype.boolean(DATABASE_FAILURE_CHANCE));
  });

  afterAll(async () => {
    databaseFaults?.stop();
    await proxy?.close();
    await system?.close();
    warnings.mockRestore();
  });

  it('stores each of 2,000 acknowledged submissions exactly once, with its content and the receipt its client got', async () => {
    const submissions = submissionsFor(SEED);
    const deliveries: Delivery[] = [];
    let next = 0;
    const client = async () => {
      while (next < submissions.length) {
        const submission = submissions[next];
        next += 1;
        deliveries.push(await deliver(proxy.url, submission));
      }
    };
    const complaints = system.subgraphs.complaints;
    const outages = async () => {
      for (const share of OUTAGES) {
        while (deliveries.length < share * TOTAL) await pause(20);
        await complaints.pause();
        await pause(OUTAGE_MS);
        await complaints.resume();
      }
    };
    let killed = 0;
    const connectionKills = async () => {
      const database = complaints.dataSource.driver.database;
      if (driver !== 'mysql' || !database) return;
      const admin = await createConnection({ uri: process.env.TEST_MYSQL_URL });
      try {
        for (const share of CONNECTION_KILLS) {
          while (deliveries.length < share * TOTAL) await pause(20);
          // A few rounds, so that some kills find a transaction at work rather than idle connections.
          for (let round = 0; round < KILL_ROUNDS; round += 1) {
            killed += await killMysqlConnections(admin, database);
            await pause(25);
          }
        }
      } finally {
        await admin.end();
      }
    };
    await Promise.all([...Array.from({ length: CLIENTS }, client), outages(), connectionKills()]);
    // Stalled requests still on their way reach the gateway after their clients' retries.
    await proxy.settled();
    databaseFaults.stop();

    // Every client was acknowledged, refused only as unavailable on the way.
    expect(deliveries.filter((delivery) => !delivery.receipt).map((delivery) => delivery.submission.key)).toEqual([]);
    const attempts = deliveries.flatMap((delivery) => delivery.attempts);
    const refusals = attempts.flatMap((attempt) => (attempt.outcome === 'refused' ? [attempt] : []));
    expect(refusals.filter((attempt) => attempt.status !== 200 || attempt.codes.some((code) => code !== 'SERVICE_UNAVAILABLE'))).toEqual([]);

    // The faults happened: each kind in front of the gateway, database failures and outages below it.
    const plans = proxy.exchanges.map((exchange) => (exchange.plan.kind === 'delay' && exchange.plan.ms === STALL_MS ? 'stall' : exchange.plan.kind));
    for (const kind of ['pass', 'dropRequest', 'dropResponse', 'delay', 'stall', 'duplicate']) expect(plans).toContain(kind);
    expect(databaseFaults.injected).toBeGreaterThan(0);
    if (driver === 'mysql') expect(killed).toBeGreaterThan(0);
    expect(refusals.length).toBeGreaterThan(0);
    expect(attempts.filter((attempt) => attempt.outcome === 'lost').length).toBeGreaterThan(0);
    // Retries and copies did reach the gateway under keys it had already seen.
    const forwardedKeys = proxy.exchanges.flatMap((exchange) => (exchange.status === undefined ? [] : [JSON.parse(exchange.requestBody).variables.key]));
    expect(forwardedKeys.length - new Set(forwardedKeys).size).toBeGreaterThan(0);

    // Every answer the gateway gave, seen or not by a client: a receipt or "unavailable", never another error.
    const answered = proxy.exchanges.flatMap((exchange) => (exchange.responseBody ? [{ status: exchange.status, body: exchange.responseBody }] : []));
    expect(answered.filter(({ status, body }) => status !== 200 || errorCodesOf(body).some((code) => code !== 'SERVICE_UNAVAILABLE'))).toEqual([]);
    expect(warnings.mock.calls.map((call) => String(call[0])).filter((message) => !message.startsWith('subgraph complaints failed:'))).toEqual([]);

    const receipts = new Map(deliveries.map((delivery) => [delivery.submission.key, delivery.receipt]));
    // A receipt the proxy swallowed (the complaint was stored, the client never heard) is the one its retry got.
    const swallowed = proxy.exchanges.flatMap((exchange) => {
      const answer: { data?: SubmitAnswer } = exchange.responseBody && !exchange.delivered ? JSON.parse(exchange.responseBody) : {};
      const key: string = JSON.parse(exchange.requestBody).variables.key;
      return answer.data?.submitComplaint ? [{ key, receipt: answer.data.submitComplaint }] : [];
    });
    expect(swallowed.length).toBeGreaterThan(0);
    expect(swallowed.filter(({ key, receipt }) => JSON.stringify(receipts.get(key)) !== JSON.stringify(receipt))).toEqual([]);

    // In the store: one complaint per key, nothing else, with its receipt, one event, its clue and one audit entry.
    const manager = complaints.dataSource.manager;
    const stored = await manager.find(ComplaintEntity, { order: { idempotencyKey: 'ASC' } });
    expect(stored.map((row) => row.idempotencyKey)).toEqual(submissions.map((submission) => submission.key));
    expect(
      stored
        .map((row) => ({ row, receipt: receipts.get(row.idempotencyKey) }))
        .filter(({ row, receipt }) => !receipt || row.trackingNumber !== receipt.trackingNumber || row.tokenHash !== sha256Hex(receipt.token))
        .map(({ row }) => row.idempotencyKey),
    ).toEqual([]);
    expect(await manager.count(ComplaintEventEntity)).toBe(TOTAL);
    expect(await manager.count(ClueEntity)).toBe(submissions.filter((submission) => submission.input.category === 'IMPERSONATION').length);
    expect(await manager.countBy(AuditEntryEntity, { operation: 'submitComplaint' })).toBe(TOTAL);

    // Through the API, as each region's lead unit: exactly the submitted content, decrypted, under the acknowledged tracking numbers.
    for (const region of REGIONS) {
      const ours = deliveries.filter((delivery) => delivery.submission.input.region === region);
      const read = await readAsLeadUnit(system, region);
      expect(read.totalCount).toBe(ours.length);
      const byTrackingNumber = (a: HandlerView, b: HandlerView) => a.trackingNumber.localeCompare(b.trackingNumber);
      const expected = ours.flatMap((delivery) => (delivery.receipt ? [handlerViewOf(delivery.submission, delivery.receipt)] : []));
      expect(read.nodes.sort(byTrackingNumber)).toEqual(expected.sort(byTrackingNumber));
    }
  });
});
