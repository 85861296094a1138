import express from 'express';
import { listen, type Listening } from '../../subgraphs/kit/server/listen';
import { startTestGateway, type GraphQLAnswer, type TestGateway } from './startTestGateway';
import { startTestSubgraphs, type TestSubgraphs } from './startTestSubgraphs';
import { testUsccs } from './testUsccs';
import { writeTestSupergraph } from './writeTestSupergraph';

const ENTITY_QUERY = `query ($uscc: USCC!) {
  marketEntity(uscc: $uscc) { uscc institution { name } records { id kind } complaintCount }
}`;

/** A port nothing listens on: taken from a server that was closed. */
async function deadPort(): Promise<number> {
  const listening = await listen(express(), 0, '127.0.0.1');
  await listening.close();
  return listening.port;
}

function expectNoInternals(answer: GraphQLAnswer, ...secrets: string[]): void {
  for (const secret of ['127.0.0.1', 'localhost', 'http://', 'ECONNREFUSED', 'stacktrace', 'serviceName', ...secrets]) {
    expect(answer.text).not.toContain(secret);
  }
}

let subgraphs: TestSubgraphs;
let gateway: TestGateway;
const supergraphPath = writeTestSupergraph();

beforeAll(async () => {
  subgraphs = await startTestSubgraphs();
  gateway = await startTestGateway({ supergraphPath, subgraphUrls: subgraphs.urls });
});

afterAll(async () => {
  await gateway.close();
  await subgraphs.close();
});

test("a subgraph's error code, message and path reach the client, nothing else of its answer", async () => {
  const answer = await gateway.post('{ dishonestyRecord(id: "42") { id } }');
  expect(answer.body.errors).toEqual([
    { message: 'dishonesty record 42 not found', path: ['dishonestyRecord'], extensions: { code: 'NOT_FOUND' } },
  ]);
  expect(answer.body.data).toEqual({ dishonestyRecord: null });
});

test("an entity field's error keeps its code and its path in the client's query, beside the other agencies' data", async () => {
  const answer = await gateway.post(ENTITY_QUERY, { uscc: testUsccs.forbidden });
  expect(answer.body.errors).toEqual([
    { message: 'not in your region', path: ['marketEntity', 'records'], extensions: { code: 'FORBIDDEN' } },
  ]);
  expect(answer.body.data).toEqual({ marketEntity: { uscc: testUsccs.forbidden, institution: null, records: null, complaintCount: 2 } });
});

test("a subgraph's internal error becomes 'Internal server error' without its message", async () => {
  const answer = await gateway.post(ENTITY_QUERY, { uscc: testUsccs.broken });
  expect(answer.body.errors).toEqual([
    { message: 'Internal server error', path: ['marketEntity', 'records'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
  ]);
  expectNoInternals(answer, '10.20.30.40', '3306');
});

describe('a subgraph that is down', () => {
  let port: number;
  let partial: TestGateway;

  beforeAll(async () => {
    port = await deadPort();
    partial = await startTestGateway({
      supergraphPath,
      subgraphUrls: { ...subgraphs.urls, records: `http://127.0.0.1:${port}/graphql` },
    });
  });

  afterAll(() => partial.close());

  test('gives SERVICE_UNAVAILABLE naming the agency in extensions.service, the other agencies\u2019 data, and no address anywhere in the body', async () => {
    const answer = await partial.post(ENTITY_QUERY, { uscc: testUsccs.registered });
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toEqual([{ message: 'the records service is unavailable', extensions: { code: 'SERVICE_UNAVAILABLE', service: 'records' } }]);
    expect(answer.body.data).toEqual({
      marketEntity: { uscc: testUsccs.registered, institution: { name: '湖南示例征信有限公司' }, records: null, complaintCount: 2 },
    });
    expectNoInternals(answer, String(port));
  });

  test('is logged with its cause for the operators', () => {
    expect(partial.logged.some((line) => line.includes('records') && line.includes('ECONNREFUSED'))).toBe(true);
  });
});

describe('a subgraph that does not answer in time', () => {
  let impatient: TestGateway;

  beforeAll(async () => {
    impatient = await startTestGateway({ supergraphPath, subgraphUrls: subgraphs.urls, subgraphTimeoutMs: 300 });
  });

  afterAll(() => impatient.close());

  test('gives SERVICE_UNAVAILABLE naming the agency, with the data of those that answered', async () => {
    const answer = await impatient.post(ENTITY_QUERY, { uscc: testUsccs.slow });
    expect(answer.body.errors).toEqual([{ message: 'the complaints service is unavailable', extensions: { code: 'SERVICE_UNAVAILABLE', service: 'complaints' } }]);
    expect(answer.body.data).toEqual({
      marketEntity: { uscc: testUsccs.slow, institution: null, records: [{ id: 'r1', kind: 'ADMINISTRATIVE_PENALTY' }], complaintCount: null },
    });
    expectNoInternals(answer, String(subgraphs.subgraphs.complaints.port));
  });
});

describe('a subgraph answering with an HTTP error', () => {
  let fake: Listening;
  let behindProxy: TestGateway;
  let status = 400;

  beforeAll(async () => {
    const app = express();
    app.post('/graphql', (_req, res) => {
      if (status === 400) {
        res.status(400).json({ errors: [{ message: 'id: not a record id', extensions: { code: 'BAD_USER_INPUT', field: 'id' } }] });
      } else if (status === 201) {
        res.status(200).type('json').send('{"data": {"dishonestyRecord": {"subjectName": "张三", ');
      } else {
        res.status(status).type('html').send('<h1>502 Bad Gateway</h1><p>nginx at 10.1.2.3</p>');
      }
    });
    fake = await listen(app, 0, '127.0.0.1');
    behindProxy = await startTestGateway({ supergraphPath, subgraphUrls: { ...subgraphs.urls, records: fake.url } });
  });

  afterAll(async () => {
    await behindProxy.close();
    await fake.close();
  });

  test('with a GraphQL body keeps the code, field and message of its error', async () => {
    status = 400;
    const answer = await behindProxy.post('{ dishonestyRecord(id: "x") { id } }');
    expect(answer.body.errors).toEqual([{ message: 'id: not a record id', extensions: { code: 'BAD_USER_INPUT', field: 'id' } }]);
  });

  test.each([502, 200])('without one (a proxy page, status %s) is SERVICE_UNAVAILABLE, shows nothing of the page and logs none of it', async (proxyStatus) => {
    status = proxyStatus;
    const answer = await behindProxy.post('{ dishonestyRecord(id: "x") { id } }');
    expect(answer.body.errors).toEqual([{ message: 'the records service is unavailable', extensions: { code: 'SERVICE_UNAVAILABLE', service: 'records' } }]);
    expectNoInternals(answer, 'nginx', '10.1.2.3', String(fake.port));
    expect(behindProxy.logged.at(-1)).toMatch(/^subgraph records failed: /);
    expect(behindProxy.logged.join('\n')).not.toContain('nginx');
  });

  test('with a JSON body that does not parse, logs its size, not its content', async () => {
    status = 201;
    const answer = await behindProxy.post('{ dishonestyRecord(id: "x") { id } }');
    expect(answer.body.errors?.[0].extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', service: 'records' });
    expect(behindProxy.logged.at(-1)).toMatch(/^subgraph records failed: .*not valid JSON/);
    expect(behindProxy.logged.join('\n')).not.toContain('张三');
  });
});
