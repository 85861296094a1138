import { institutionsSubgraph } from '../../subgraphs/institutions/institutionsSubgraph';
import { portFromEnv } from '../../subgraphs/kit/server/portFromEnv';
import { startTestSubgraph, type TestSubgraph } from '../support/startTestSubgraph';
import { createTestStorage, type TestStorage } from '../support/testStorage';

describe('a subgraph over HTTP', () => {
  let storage: TestStorage;
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    storage = createTestStorage('sqlite');
    subgraph = await startTestSubgraph(institutionsSubgraph, storage.storageFor('institutions'));
  });

  afterAll(async () => {
    await subgraph.close();
    await storage.cleanup();
  });

  it.each([
    ['malformed JSON', '{"query": ', 400, 'BAD_REQUEST'],
    ['a body over 1 MB', JSON.stringify({ query: `{ __typename }${' '.repeat(1_100_000)}` }), 413, 'BAD_REQUEST'],
  ])('answers %s with a JSON GraphQL error, no stack trace', async (_case, body, status, code) => {
    const response = await fetch(subgraph.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/json');
    const text = await response.text();
    expect(JSON.parse(text).errors[0].extensions.code).toBe(code);
    expect(text).not.toMatch(/node_modules|at \w+ \(/);
  });
});

describe('ports from the environment', () => {
  it('reads a port, falls back when unset, and refuses anything else naming the variable', () => {
    expect(portFromEnv('PORT', 4001, { PORT: '4100' })).toBe(4100);
    expect(portFromEnv('PORT', 4001, {})).toBe(4001);
    expect(() => portFromEnv('PORT', 4001, { PORT: 'abc' })).toThrow(/PORT must be a port number/);
    expect(() => portFromEnv('GATEWAY_PORT', 4000, { GATEWAY_PORT: '70000' })).toThrow(/GATEWAY_PORT/);
  });
});
