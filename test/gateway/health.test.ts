import { startTestGateway, type TestGateway } from './startTestGateway';
import { startTestSubgraphs, type TestSubgraphs } from './startTestSubgraphs';
import { writeTestSupergraph } from './writeTestSupergraph';

let subgraphs: TestSubgraphs;
let gateway: TestGateway;
let recordsPort: number;

beforeAll(async () => {
  subgraphs = await startTestSubgraphs();
  recordsPort = subgraphs.subgraphs.records.port;
  gateway = await startTestGateway({ supergraphPath: writeTestSupergraph(), subgraphUrls: subgraphs.urls });
});

afterAll(async () => {
  await gateway.close();
  await subgraphs.close();
});

test('liveness answers without asking the subgraphs', async () => {
  const response = await gateway.get('/health/live');
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok' });
});

test('readiness reports every subgraph of the supergraph as ok when all are ready', async () => {
  const response = await gateway.get('/health/ready');
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({
    status: 'ok',
    subgraphs: { institutions: { status: 'ok' }, records: { status: 'ok' }, complaints: { status: 'ok' } },
  });
});

test('readiness is 503 and names the subgraph that is down, without its address', async () => {
  await subgraphs.subgraphs.records.close();
  const response = await gateway.get('/health/ready');
  const text = await response.text();
  expect(response.status).toBe(503);
  expect(JSON.parse(text)).toEqual({
    status: 'degraded',
    subgraphs: { institutions: { status: 'ok' }, records: { status: 'unavailable' }, complaints: { status: 'ok' } },
  });
  expect(text).not.toContain('127.0.0.1');
  expect(text).not.toContain(String(recordsPort));
});
