import { mintDevToken } from '../../subgraphs/kit/identity/mintDevToken';
import { startTestGateway, type GraphQLAnswer, type TestGateway } from './startTestGateway';
import { startTestSubgraphs, type TestSubgraphs } from './startTestSubgraphs';
import { writeTestSupergraph } from './writeTestSupergraph';

const SUBMISSIONS = 3;
const LOOKUPS = 5;

const submit = (key: string) => `mutation { submitComplaint(idempotencyKey: "${key}", content: "公示收费标准与实际不符") }`;
const submitMany = (keys: string[]) => `mutation { ${keys.map((key, i) => `s${i}: submitComplaint(idempotencyKey: "${key}", content: "x")`).join(' ')} }`;
const LOOKUP = '{ complaintStatus(trackingNumber: "TS1", token: "t") }';

let subgraphs: TestSubgraphs;
let gateway: TestGateway;
const supergraphPath = writeTestSupergraph();

beforeAll(async () => {
  subgraphs = await startTestSubgraphs();
  gateway = await startTestGateway({
    supergraphPath,
    subgraphUrls: subgraphs.urls,
    publicRateLimits: { submissionsPerMinute: SUBMISSIONS, statusLookupsPerMinute: LOOKUPS },
    trustProxy: true,
  });
});

afterAll(async () => {
  await gateway.close();
  await subgraphs.close();
});

const from = (address: string) => ({ 'x-forwarded-for': address });

/** The refusal: RATE_LIMITED with a wait, HTTP 429 with Retry-After, and no subgraph asked. */
async function expectRateLimited(ask: () => Promise<GraphQLAnswer>, perMinute: number, what: string): Promise<void> {
  const before = subgraphs.subgraphs.complaints.requests();
  const answer = await ask();
  expect(subgraphs.subgraphs.complaints.requests()).toBe(before);
  expect(answer.status).toBe(429);
  expect(answer.body.data).toBeUndefined();
  const [error] = answer.body.errors ?? [];
  expect(error.extensions?.code).toBe('RATE_LIMITED');
  const wait = error.extensions?.retryAfterSeconds;
  expect(typeof wait === 'number' && wait >= 1 && wait <= 60).toBe(true);
  expect(answer.headers.get('retry-after')).toBe(String(wait));
  expect(error.message).toBe(`too many ${what} from this address: at most ${perMinute} a minute; retry after ${wait} s`);
}

describe('complaint submissions by the public', () => {
  test('up to the limit pass; the next is RATE_LIMITED with a retry-after; another address is unaffected', async () => {
    for (let i = 0; i < SUBMISSIONS; i += 1) {
      const answer = await gateway.post(submit(`a-${i}`), undefined, from('203.0.113.10'));
      expect(answer.body).toEqual({ data: { submitComplaint: `TS-a-${i}` } });
    }
    await expectRateLimited(() => gateway.post(submit('a-over'), undefined, from('203.0.113.10')), SUBMISSIONS, 'complaint submissions');

    const other = await gateway.post(submit('b-0'), undefined, from('203.0.113.11'));
    expect(other.body).toEqual({ data: { submitComplaint: 'TS-b-0' } });
  });

  test('every aliased submission counts', async () => {
    const answer = await gateway.post(submitMany(['c-0', 'c-1', 'c-2']), undefined, from('203.0.113.20'));
    expect(answer.body.errors).toBeUndefined();
    await expectRateLimited(() => gateway.post(submit('c-3'), undefined, from('203.0.113.20')), SUBMISSIONS, 'complaint submissions');
    await expectRateLimited(() => gateway.post(submitMany(['d-0', 'd-1', 'd-2', 'd-3']), undefined, from('203.0.113.21')), SUBMISSIONS, 'complaint submissions');
  });

  test('a caller with a token is not limited', async () => {
    const authorization = `Bearer ${await mintDevToken({ role: 'NATIONAL_REGULATOR', subject: 'rate-test' })}`;
    for (let i = 0; i < SUBMISSIONS + 2; i += 1) {
      const answer = await gateway.post(submit(`e-${i}`), undefined, { ...from('203.0.113.10'), authorization });
      expect(answer.body.errors).toBeUndefined();
    }
  });
});

describe('complaint status lookups by the public', () => {
  test('up to the limit pass (aliases and fragments counted); the next is RATE_LIMITED; another address is unaffected', async () => {
    const two = '{ a: complaintStatus(trackingNumber: "TS1", token: "t") ...Status } fragment Status on Query { complaintStatus(trackingNumber: "TS1", token: "t") }';
    expect((await gateway.post(two, undefined, from('198.51.100.7'))).body.errors).toBeUndefined();
    for (let i = 2; i < LOOKUPS; i += 1) {
      expect((await gateway.post(LOOKUP, undefined, from('198.51.100.7'))).body).toEqual({ data: { complaintStatus: 'SUBMITTED' } });
    }
    await expectRateLimited(() => gateway.post(LOOKUP, undefined, from('198.51.100.7')), LOOKUPS, 'complaint status lookups');
    expect((await gateway.post(LOOKUP, undefined, from('198.51.100.8'))).body.errors).toBeUndefined();
  });

  test('a lookup uses none of the submissions, nor the reverse', async () => {
    for (let i = 0; i < LOOKUPS; i += 1) await gateway.post(LOOKUP, undefined, from('198.51.100.30'));
    expect((await gateway.post(submit('f-0'), undefined, from('198.51.100.30'))).body.errors).toBeUndefined();
  });
});

describe('without TRUST_PROXY', () => {
  let direct: TestGateway;

  beforeAll(async () => {
    direct = await startTestGateway({ supergraphPath, subgraphUrls: subgraphs.urls, publicRateLimits: { submissionsPerMinute: 1 } });
  });

  afterAll(() => direct.close());

  test('X-Forwarded-For is not believed: the client is the address of the connection', async () => {
    expect((await direct.post(submit('g-0'), undefined, from('192.0.2.1'))).body.errors).toBeUndefined();
    await expectRateLimited(() => direct.post(submit('g-1'), undefined, from('192.0.2.2')), 1, 'complaint submissions');
  });
});
