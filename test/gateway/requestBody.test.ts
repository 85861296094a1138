import { startTestGateway, type TestGateway } from './startTestGateway';
import { writeTestSupergraph } from './writeTestSupergraph';

/** Personal data in a body the gateway refuses: it must appear neither in the answer nor in any log. */
const PERSONAL = '张三 13800138000';

let gateway: TestGateway;
let consoleError: jest.SpyInstance;

beforeAll(async () => {
  // Under jest NODE_ENV is "test", where express would neither print a stack nor log; a deployment is not.
  process.env.NODE_ENV = 'development';
  gateway = await startTestGateway({ supergraphPath: writeTestSupergraph() });
  process.env.NODE_ENV = 'test';
  consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterAll(async () => {
  consoleError.mockRestore();
  await gateway.close();
});

async function postRaw(body: string): Promise<Response> {
  return fetch(`${gateway.base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
}

function expectNothingLeaked(text: string): void {
  for (const leak of ['张三', ' at ', 'node_modules', process.cwd(), '<html', '<pre']) expect(text).not.toContain(leak);
}

test.each([`{"query": `, `{"query": ${PERSONAL}}`])('malformed JSON %s is a JSON GraphQL error (BAD_REQUEST), without stack, paths or the body', async (body) => {
  const response = await postRaw(body);
  const text = await response.text();
  expect(response.status).toBe(400);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  expect(JSON.parse(text)).toEqual({ errors: [{ message: 'malformed request: the body must be JSON', extensions: { code: 'BAD_REQUEST' } }] });
  expectNothingLeaked(text);
});

test('a body over the 1 MB limit is a JSON GraphQL error (BAD_REQUEST) with status 413', async () => {
  const response = await postRaw(JSON.stringify({ query: '{ __typename }', variables: { note: `${PERSONAL} ${'x'.repeat(1_100_000)}` } }));
  const text = await response.text();
  expect(response.status).toBe(413);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  expect(JSON.parse(text)).toEqual({ errors: [{ message: 'request body too large', extensions: { code: 'BAD_REQUEST' } }] });
  expectNothingLeaked(text);
});

test('no refused body reaches the log', async () => {
  await postRaw(`{"query": ${PERSONAL}}`);
  // express logs a request's error after answering it.
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(consoleError.mock.calls.flat().map(String).join(' ')).not.toContain('张三');
  expect(gateway.logged.join(' ')).not.toContain('张三');
});
