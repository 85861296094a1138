import express from 'express';
import { createSubgraphFetcher, type SubgraphFetcher } from '../../gateway/createSubgraphFetcher';
import { listen, type Listening } from '../../subgraphs/kit/server/listen';

let server: Listening;
let received: string[] = [];
let fetcher: SubgraphFetcher;
let plain: SubgraphFetcher;

const QUERY = JSON.stringify({ query: 'query($representations:[_Any!]!){_entities(representations:$representations){__typename}}', variables: { representations: [] } });
const ANONYMOUS_QUERY = JSON.stringify({ query: '{directory(query:"诚信"){totalCount}}' });
const MUTATION = JSON.stringify({ query: 'mutation{submitComplaint(idempotencyKey:"k"){trackingNumber}}' });

beforeAll(async () => {
  const app = express();
  // Answers after 100 ms, so that requests sent together are in flight together.
  app.post('/graphql', express.text({ type: '*/*' }), (req, res) => {
    received.push(`${req.header('x-credit-identity')} ${req.body}`);
    setTimeout(() => res.json({ data: { n: received.length } }), 100);
  });
  app.post('/fails', (_req, res) => {
    res.socket?.destroy();
  });
  server = await listen(app, 0, '127.0.0.1');
  fetcher = createSubgraphFetcher({ timeoutMs: 2_000 });
  plain = createSubgraphFetcher({ timeoutMs: 2_000, deduplicateQueries: false });
});

beforeEach(() => {
  received = [];
});

afterAll(async () => {
  fetcher.close();
  plain.close();
  await server.close();
});

const send = (client: SubgraphFetcher, body: string, identity = 'caller-1', path = '/graphql') =>
  client.fetch(server.url.replace('/graphql', path), { method: 'POST', headers: { 'content-type': 'application/json', 'x-credit-identity': identity }, body });

test.each([
  ['the same query by the same caller, together', [[QUERY, 'a'], [QUERY, 'a'], [QUERY, 'a']], 1],
  ['a selection-set query by the same caller, together', [[ANONYMOUS_QUERY, 'a'], [ANONYMOUS_QUERY, 'a']], 1],
  ['the same query by two callers', [[QUERY, 'a'], [QUERY, 'b']], 2],
  ['two different queries', [[QUERY, 'a'], [ANONYMOUS_QUERY, 'a']], 2],
  ['the same mutation, together', [[MUTATION, 'a'], [MUTATION, 'a']], 2],
])('%s reaches the subgraph as the right number of calls', async (_case, requests, calls) => {
  const answers = await Promise.all(requests.map(([body, identity]) => send(fetcher, body, identity)));
  expect(received).toHaveLength(calls);
  // Each waiter reads its own copy of the answer.
  for (const answer of answers) expect(await answer.json()).toEqual({ data: { n: expect.any(Number) } });
});

test('nothing is kept once the call is answered: the same query later is asked again', async () => {
  await (await send(fetcher, QUERY)).json();
  await (await send(fetcher, QUERY)).json();
  expect(received).toHaveLength(2);
});

test('without deduplication every identical query is its own call', async () => {
  await Promise.all([send(plain, QUERY), send(plain, QUERY)]);
  expect(received).toHaveLength(2);
});

test('a failed call fails every waiter, and the next request is tried afresh', async () => {
  const results = await Promise.allSettled([send(fetcher, QUERY, 'a', '/fails'), send(fetcher, QUERY, 'a', '/fails')]);
  expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
  expect(await (await send(fetcher, QUERY)).json()).toEqual({ data: { n: 1 } });
});
