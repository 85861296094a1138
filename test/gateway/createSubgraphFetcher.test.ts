import { setTimeout as sleep } from 'node:timers/promises';
import express from 'express';
import { createSubgraphFetcher, type SubgraphFetcher } from '../../gateway/createSubgraphFetcher';
import { listen, type Listening } from '../../subgraphs/kit/server/listen';

let server: Listening;
let opened = 0;
let closed = 0;
const fetchers: SubgraphFetcher[] = [];

function fetcher(idleSocketTimeoutMs: number, timeoutMs = 2_000, maxResponseBytes?: number): SubgraphFetcher {
  const created = createSubgraphFetcher({ timeoutMs, idleSocketTimeoutMs, maxResponseBytes });
  fetchers.push(created);
  return created;
}

beforeAll(async () => {
  const app = express();
  app.post('/graphql', express.json(), (req, res) => {
    res.json({ data: { echo: req.body.n } });
  });
  app.post('/slow', () => undefined);
  app.post('/huge', (_req, res) => {
    res.json({ data: { text: 'x'.repeat(2_000_000) } });
  });
  server = await listen(app, 0, '127.0.0.1');
  server.server.on('connection', (socket) => {
    opened += 1;
    socket.on('close', () => {
      closed += 1;
    });
  });
});

afterAll(async () => {
  for (const created of fetchers) created.close();
  await server.close();
});

async function post(client: SubgraphFetcher, n: number): Promise<unknown> {
  const response = await client.fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ n }) });
  return response.json();
}

test('sequential requests share one kept-alive connection', async () => {
  const client = fetcher(30_000);
  const before = opened;
  for (const n of [1, 2, 3, 4, 5]) expect(await post(client, n)).toEqual({ data: { echo: n } });
  expect(opened - before).toBe(1);
});

test('the client closes an idle socket itself, long before the subgraph would (65 s)', async () => {
  const client = fetcher(200);
  const [openedBefore, closedBefore] = [opened, closed];
  await post(client, 1);
  await sleep(1_000);
  expect(opened - openedBefore).toBe(1);
  expect(closed - closedBefore).toBe(1);
});

test('a request without an answer in time is aborted', async () => {
  const client = fetcher(30_000, 200);
  await expect(client.fetch(server.url.replace('/graphql', '/slow'), { method: 'POST' })).rejects.toThrow(/aborted/i);
});

test('an answer larger than the limit fails the request instead of filling memory', async () => {
  const client = fetcher(30_000, 2_000, 1_000_000);
  await expect(client.fetch(server.url.replace('/graphql', '/huge'), { method: 'POST' })).rejects.toThrow('subgraph answer larger than 1000000 bytes');
  const roomy = fetcher(30_000, 2_000, 3_000_000);
  const answer = await roomy.fetch(server.url.replace('/graphql', '/huge'), { method: 'POST' });
  expect((await answer.text()).length).toBeGreaterThan(2_000_000);
});

test('an answer is read from the bytes in memory, once, as a fetch Response would be', async () => {
  const client = fetcher(30_000);
  const answer = await client.fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ n: 7 }) });
  // Not a WHATWG Response: its web stream over a body already read whole cost the gateway CPU per call.
  expect(answer).not.toBeInstanceOf(Response);
  expect(answer.ok).toBe(true);
  expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
  const copy = answer.clone();
  expect(await answer.json()).toEqual({ data: { echo: 7 } });
  expect(answer.bodyUsed).toBe(true);
  await expect(answer.text()).rejects.toThrow('already been read');
  expect(await copy.text()).toBe('{"data":{"echo":7}}');
});
