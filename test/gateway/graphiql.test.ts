import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { startTestGateway, type TestGateway } from './startTestGateway';
import { writeTestSupergraph } from './writeTestSupergraph';

const ASSETS = [
  { name: 'react.production.min.js', file: join(dirname(require.resolve('react/package.json')), 'umd/react.production.min.js'), type: /javascript/ },
  { name: 'react-dom.production.min.js', file: join(dirname(require.resolve('react-dom/package.json')), 'umd/react-dom.production.min.js'), type: /javascript/ },
  { name: 'graphiql.min.js', file: require.resolve('graphiql/graphiql.min.js'), type: /javascript/ },
  { name: 'graphiql.min.css', file: require.resolve('graphiql/graphiql.min.css'), type: /css/ },
];

const INTROSPECTION = '{ __schema { queryType { name } } }';
const supergraphPath = writeTestSupergraph();

describe('outside production', () => {
  let gateway: TestGateway;

  beforeAll(async () => {
    gateway = await startTestGateway({ supergraphPath });
  });

  afterAll(() => gateway.close());

  test.each(['/graphiql', '/graphql'])('GET %s from a browser is the GraphiQL page, loading only local assets', async (path) => {
    const response = await gateway.get(path, { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' });
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    for (const { name } of ASSETS) expect(html).toContain(`/graphiql/assets/${name}`);
    expect(html).not.toMatch(/https?:\/\//);
  });

  test.each(ASSETS)('serves $name from the installed package', async ({ name, file, type }) => {
    const response = await gateway.get(`/graphiql/assets/${name}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(type);
    expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(file))).toBe(true);
  });

  test('serves no other file under /graphiql/assets/', async () => {
    expect((await gateway.get('/graphiql/assets/package.json')).status).toBe(404);
    expect((await gateway.get('/graphiql/assets/constructor')).status).toBe(404);
  });

  test('a GET /graphql query from a GraphQL client gets JSON, not the page', async () => {
    const response = await gateway.get(`/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      accept: 'application/json',
      'apollo-require-preflight': 'true',
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  test('CSRF prevention refuses a simple GET request without a preflight header', async () => {
    const response = await gateway.get(`/graphql?query=${encodeURIComponent('{ __typename }')}`, { accept: 'application/json' });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('CSRF');
  });

  test('introspection is allowed', async () => {
    const answer = await gateway.post(INTROSPECTION);
    expect(answer.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });
});

describe('in production', () => {
  let gateway: TestGateway;

  beforeAll(async () => {
    gateway = await startTestGateway({ supergraphPath, production: true });
  });

  afterAll(() => gateway.close());

  test('introspection is refused', async () => {
    const answer = await gateway.post(INTROSPECTION);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors?.[0]).toMatchObject({
      message: expect.stringContaining('introspection is not allowed'),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  test('there is no GraphiQL page and no asset', async () => {
    expect((await gateway.get('/graphiql', { accept: 'text/html' })).status).toBe(404);
    expect((await gateway.get('/graphiql/assets/graphiql.min.js')).status).toBe(404);
    const page = await gateway.get('/graphql', { accept: 'text/html' });
    expect(await page.text()).not.toContain('graphiql');
  });
});
