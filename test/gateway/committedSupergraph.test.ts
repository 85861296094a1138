import express from 'express';
import { listen } from '../../subgraphs/kit/server/listen';
import { startTestGateway, type TestGateway } from './startTestGateway';
import { testUsccs } from './testUsccs';

/** The committed schema/supergraph.graphql, found without a path; every subgraph address is dead. */
let gateway: TestGateway;

beforeAll(async () => {
  const closed = await listen(express(), 0, '127.0.0.1');
  await closed.close();
  const url = closed.url;
  gateway = await startTestGateway({ production: true, subgraphUrls: { institutions: url, records: url, complaints: url, repair: url } });
});

afterAll(() => gateway.close());

test('readiness lists the four agencies of the committed supergraph', async () => {
  const response = await gateway.get('/health/ready');
  const unavailable = { status: 'unavailable' };
  expect(response.status).toBe(503);
  expect(await response.json()).toEqual({
    status: 'degraded',
    subgraphs: { institutions: unavailable, records: unavailable, complaints: unavailable, repair: unavailable },
  });
});

test('a bad USCC is refused by the gateway itself, before any subgraph is asked', async () => {
  const answer = await gateway.post('query ($uscc: USCC!) { marketEntity(uscc: $uscc) { uscc } }', { uscc: '91430100MA4L0001' });
  expect(answer.body.errors).toEqual([
    expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: '$uscc' } }),
  ]);
});

test.each([
  ['{ institutions(first: 9999999999) { totalCount } }', 'first', undefined],
  [`mutation { updateBusinessStatus(uscc: "${testUsccs.registered}", status: BANKRUPT) { uscc } }`, 'status', undefined],
  [`mutation ($status: BusinessStatus!) { updateBusinessStatus(uscc: "${testUsccs.registered}", status: $status) { uscc } }`, '$status', { status: 'BANKRUPT' }],
])('%s is BAD_USER_INPUT naming %s, refused by the gateway itself', async (query, field, variables) => {
  const answer = await gateway.post(query, variables);
  expect(answer.body.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field } })]);
});

test('a question as deep as the schema is meant to be asked passes the default limits', async () => {
  const answer = await gateway.post(`{ marketEntity(uscc: "${testUsccs.registered}") {
    dishonestyRecords { edges { node { repair { confirmationRequests { authority caseNumber } } } } }
  } }`);
  expect(answer.body.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
});

test("a question going round the supergraph's cycle (a record's subject has records) is refused by the default depth limit", async () => {
  const loop = (inner: string) => `dishonestyRecords { nodes { subject { ${inner} } } }`;
  const answer = await gateway.post(`{ marketEntity(uscc: "${testUsccs.registered}") { ${loop(loop(loop('uscc')))} } }`);
  expect(answer.body.errors).toEqual([
    expect.objectContaining({ message: 'the operation is nested 11 fields deep; at most 10 are allowed', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
  ]);
});

test('a good USCC is planned and sent on, where the absent subgraph is reported by agency', async () => {
  const answer = await gateway.post(`{ marketEntity(uscc: "${testUsccs.registered}") { uscc } }`);
  expect(answer.body.errors?.[0]).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' }, message: expect.stringMatching(/^the \w+ service is unavailable$/) });
});
