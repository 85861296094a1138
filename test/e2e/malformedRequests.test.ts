import { mintDevToken } from '../../subgraphs/kit/identity/mintDevToken';
import { startTestSystem, type TestSystem } from '../support/startTestSystem';
import { testDrivers } from '../support/testStorage';
import { FAMILIES, INJECTIONS, MALFORMED_CASES, type MalformedCase } from './malformed/malformedCases';

const IDENTITIES = {
  NATIONAL_REGULATOR: { role: 'NATIONAL_REGULATOR', subject: 'corpus-national-regulator' },
  LEAD_UNIT: { role: 'LEAD_UNIT', subject: 'corpus-lead-unit-changsha', region: '430100' },
} as const;

/** The rows of every subgraph's main tables and its audit log, as the national regulator counts them. */
const COUNTS = `{
  institutions { totalCount } institutionsAuditLog { totalCount }
  dishonestyRecords { totalCount } recordsAuditLog { totalCount }
  complaints { totalCount } warningLetters { totalCount } complaintsAuditLog { totalCount }
  repairCases { totalCount } repairAuditLog { totalCount }
}`;

/** What a client must never see: a stack frame, an internal address, a driver's message. */
const LEAKS = [/\n\s+at /, /\bat [\w.<>]+ \(/, /127\.0\.0\.1/, /localhost/i, /::1\b/, /node_modules/, /stacktrace/i, /SQLITE_/, /\bER_[A-Z_]+/, /QueryFailedError/];

interface Reply {
  status: number;
  body: string;
}

async function send(system: TestSystem, testCase: MalformedCase): Promise<Reply> {
  const as = testCase.as ?? 'NATIONAL_REGULATOR';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (as !== 'PUBLIC') headers.authorization = `Bearer ${await mintDevToken(IDENTITIES[as])}`;
  if (testCase.method === 'GET') {
    const url = new URL(system.gatewayUrl);
    for (const [key, value] of Object.entries(testCase.params ?? {})) url.searchParams.set(key, value);
    if (testCase.contentType) headers['content-type'] = testCase.contentType;
    const response = await fetch(url, { method: 'GET', headers });
    return { status: response.status, body: await response.text() };
  }
  if (testCase.contentType !== '') headers['content-type'] = testCase.contentType ?? 'application/json';
  const body = testCase.body ?? JSON.stringify(testCase.operation);
  const response = await fetch(system.gatewayUrl, { method: 'POST', headers, body });
  return { status: response.status, body: await response.text() };
}

function errorsOf(body: unknown): unknown[] {
  const replies = Array.isArray(body) ? body : [body];
  return replies.flatMap((reply) => (typeof reply === 'object' && reply !== null && 'errors' in reply && Array.isArray(reply.errors) ? reply.errors : []));
}

const codeOf = (error: unknown): unknown =>
  typeof error === 'object' && error !== null && 'extensions' in error && typeof error.extensions === 'object' && error.extensions !== null && 'code' in error.extensions
    ? error.extensions.code
    : undefined;

it('the corpus holds at least 200 cases from its 14 families', () => {
  expect(MALFORMED_CASES.length).toBeGreaterThanOrEqual(200);
  expect(Object.keys(FAMILIES).length).toBeGreaterThanOrEqual(14);
});

describe.each(testDrivers())('malformed requests through the gateway on %s', (driver) => {
  let system: TestSystem;
  let before: unknown;

  beforeAll(async () => {
    system = await startTestSystem(driver);
    before = (await system.query(COUNTS)).data;
  }, 120_000);

  afterAll(async () => {
    await system.close();
  });

  describe.each(Object.keys(FAMILIES))('%s', (family) => {
    const cases = MALFORMED_CASES.filter((testCase) => testCase.family === FAMILIES[family]()[0]?.family);
    it.each(cases.map((testCase) => [testCase.name.slice(0, 120), testCase] as const))('%s: no 5xx, JSON, coded errors, no leak, still alive, nothing stored', async (_name, testCase) => {
      const reply = await send(system, testCase);
      expect(reply.status).toBeLessThan(500);
      const body: unknown = JSON.parse(reply.body);
      for (const error of errorsOf(body)) expect(typeof codeOf(error)).toBe('string');
      for (const leak of LEAKS) expect(reply.body).not.toMatch(leak);
      const health = await fetch(new URL('/health/live', system.gatewayUrl));
      expect(health.status).toBe(200);
      expect((await system.query(COUNTS)).data).toEqual(before);
    });
  });

  it.each([
    ['an operationName not in the document', { query: '{ __typename }', operationName: 'Other' }],
    ['two operations and no operationName', { query: 'query A { __typename } query B { __typename }' }],
  ])('refuses %s as OPERATION_RESOLUTION_FAILURE with 400, not an internal error', async (_name, operation) => {
    const reply = await send(system, { family: 'operation resolution', name: _name, operation });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ errors: [{ extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } }] });
  });

  it('stored nothing: every count is as before the corpus', async () => {
    const after = await system.query(COUNTS);
    expect(after.errors).toBeUndefined();
    expect(after.data).toEqual(before);
  });

  it('stores an injection text given as valid content verbatim, and harmlessly', async () => {
    const text = INJECTIONS.join(' | ');
    const submitted = await system.query<{ submitComplaint: { trackingNumber: string } }>(
      'mutation ($input: SubmitComplaintInput!) { submitComplaint(input: $input, idempotencyKey: "corpus-positive-control") { trackingNumber } }',
      { input: { category: 'OTHER', region: '430102', subjectName: INJECTIONS[0], subjectIdentifiers: [INJECTIONS[4]], content: text } },
    );
    expect(submitted.errors).toBeUndefined();
    const stored = await system.query<{ complaints: { totalCount: number; nodes: { trackingNumber: string; subjectName: string; subjectIdentifiers: string[]; content: string }[] } }>(
      '{ complaints { totalCount nodes { trackingNumber subjectName subjectIdentifiers content } } }',
      undefined,
      // The content is shown only to the lead unit that handles the complaint.
      { as: IDENTITIES.LEAD_UNIT },
    );
    expect(stored.data?.complaints.totalCount).toBe(1);
    expect(stored.data?.complaints.nodes[0]).toEqual({ trackingNumber: submitted.data?.submitComplaint.trackingNumber, subjectName: INJECTIONS[0], subjectIdentifiers: [INJECTIONS[4]], content: text });
    // Every table is still there and holds what it held, plus the one complaint and complaints' audit
    // entries (its submission, and the lead unit's reading of personal data).
    const counts = await system.query<Record<string, { totalCount: number }>>(COUNTS);
    expect(counts.errors).toBeUndefined();
    expect(counts.data).toEqual({ ...(before as object), complaints: { totalCount: 1 }, complaintsAuditLog: counts.data?.complaintsAuditLog });
    expect(counts.data?.complaintsAuditLog.totalCount).toBeGreaterThanOrEqual(1);
  });
});
