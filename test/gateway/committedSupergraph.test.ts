import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import express from 'express';
import { Kind, parse, print } from 'graphql';
import { graphiqlDefaultQuery } from '../../gateway/graphiqlPage';
import { demoEntities } from '../../subgraphs/kit/demo/demoCast';
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
    expect.objectContaining({
      message: 'Query depth limit of 10 exceeded, found 11 (GRAPHQL_MAX_DEPTH).',
      extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'maxDepth', max: 10 },
    }),
  ]);
});

/** The operations of the README's GraphQL examples and GraphiQL's opening question, each alone. */
function exampleOperations(): Array<[string, string]> {
  const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]);
  return [...blocks, graphiqlDefaultQuery].flatMap((block) =>
    parse(block).definitions.map((definition): [string, string] => {
      const text = print({ kind: Kind.DOCUMENT, definitions: [definition] });
      return [text.replace(/\s+/g, ' ').slice(0, 80), text];
    }),
  );
}

const EXAMPLE_VARIABLES: Record<string, unknown> = { uscc: demoEntities.changshaCredit.uscc, region: '430000' };

test.each(exampleOperations())('the example %s… passes the default limits and is sent on', async (_start, query) => {
  const names = [...query.matchAll(/\$(\w+)\s*:/g)].map((match) => match[1]);
  const answer = await gateway.post(query, Object.fromEntries(names.map((name) => [name, EXAMPLE_VARIABLES[name]])));
  expect(answer.body.errors?.length).toBeGreaterThan(0);
  expect(answer.body.errors?.map((error) => error.extensions?.code)).toEqual(answer.body.errors?.map(() => 'SERVICE_UNAVAILABLE'));
});

/** The 200-entity question of test/e2e/statementCount.test.ts; `first` in a variable, priced all the same. */
const LEDGER = `query ($region: RegionCode!, $first: Int!) {
  governanceLedger(region: $region, first: $first) {
    nodes {
      subject {
        uscc
        institution { name }
        recordCount
        dishonestyRecords(first: 5) { nodes { id kind repair { status } } }
        repairCases(first: 5) { nodes { status decisionDueAt } }
        openRepairCaseCount
        complaintCount
      }
    }
  }
}`;

test('a full ledger page of 200 entities with their records and repair cases (cost 97,666) passes the default cost limit', async () => {
  const answer = await gateway.post(LEDGER, { region: '430100', first: 200 });
  expect(answer.body.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
});

test('a full ledger page with ten records and ten repair cases each (cost 188,369) passes the default cost limit', async () => {
  const answer = await gateway.post(LEDGER.replace(/first: 5/g, 'first: 10'), { region: '430100', first: 200 });
  expect(answer.body.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
});

test('a full ledger page with twenty of each (369,775) is refused by the default cost limit', async () => {
  const answer = await gateway.post(LEDGER.replace(/first: 5/g, 'first: 20'), { region: '430100', first: 200 });
  expect(answer.body.errors?.[0].message).toBe('Query Cost limit of 200000 exceeded, found 369775 (GRAPHQL_MAX_COST).');
});

test('nested full pages (200 entities × 200 records) are refused by the default cost limit, before planning', async () => {
  const answer = await gateway.post('{ governanceLedger(region: "430000", first: 200) { nodes { subject { dishonestyRecords(first: 200) { nodes { id } } } } } }');
  expect(answer.status).toBe(400);
  expect(answer.body.errors).toEqual([
    expect.objectContaining({
      message: 'Query Cost limit of 200000 exceeded, found 980650 (GRAPHQL_MAX_COST).',
      extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'maxCost', max: 200_000 },
    }),
  ]);
});

test('a good USCC is planned and sent on, where the absent subgraph is reported by agency', async () => {
  const answer = await gateway.post(`{ marketEntity(uscc: "${testUsccs.registered}") { uscc } }`);
  expect(answer.body.errors?.[0]).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' }, message: expect.stringMatching(/^the \w+ service is unavailable$/) });
});
