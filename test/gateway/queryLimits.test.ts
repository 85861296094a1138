import { startTestGateway, type GraphQLAnswer, type TestGateway } from './startTestGateway';
import { startTestSubgraphs, type TestSubgraphs } from './startTestSubgraphs';
import { testUsccs } from './testUsccs';
import { writeTestSupergraph } from './writeTestSupergraph';

let subgraphs: TestSubgraphs;
let gateway: TestGateway;

beforeAll(async () => {
  subgraphs = await startTestSubgraphs();
  gateway = await startTestGateway({ supergraphPath: writeTestSupergraph(), subgraphUrls: subgraphs.urls, maxQueryDepth: 2, maxAliases: 2 });
});

afterAll(async () => {
  await gateway.close();
  await subgraphs.close();
});

const entity = `marketEntity(uscc: "${testUsccs.registered}")`;

async function refused(query: string): Promise<GraphQLAnswer> {
  const before = subgraphs.requests();
  const answer = await gateway.post(query);
  expect(subgraphs.requests()).toBe(before);
  expect(answer.status).toBe(400);
  return answer;
}

test.each([
  ['fields', `{ ${entity} { institution { name } } }`],
  ['a fragment', `{ ${entity} { ...Entity } } fragment Entity on MarketEntity { institution { name } }`],
  ['an inline fragment', `{ ${entity} { ... on MarketEntity { institution { name } } } }`],
])('an operation nested deeper than the limit through %s is refused before any subgraph is asked', async (_how, query) => {
  const answer = await refused(query);
  expect(answer.body.errors).toEqual([
    expect.objectContaining({ message: 'the operation is nested 3 fields deep; at most 2 are allowed', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
  ]);
});

test.each([
  ['fields', '{ a: institutions { name } b: institutions { name } c: institutions { name } }'],
  ['a fragment spread three times', '{ ...I ...I ... on Query { ...I } } fragment I on Query { a: institutions { name } }'],
])('more aliases than the limit through %s are refused before any subgraph is asked', async (_how, query) => {
  const answer = await refused(query);
  expect(answer.body.errors).toEqual([
    expect.objectContaining({ message: 'the operation has 3 aliases; at most 2 are allowed', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
  ]);
});

test('an operation within the limits is answered', async () => {
  const answer = await gateway.post(`{ ${entity} { uscc } a: institutions { name } b: institutions { name } }`);
  expect(answer.body.errors).toBeUndefined();
  expect(answer.body.data).toMatchObject({ marketEntity: { uscc: testUsccs.registered } });
});

test('introspection is not counted, so GraphiQL can read the schema', async () => {
  const answer = await gateway.post('{ __schema { types { fields { type { ofType { name } } } } } }');
  expect(answer.body.errors).toBeUndefined();
});

test('a fragment cycle is refused by graphql-js, without the limits looping', async () => {
  const answer = await refused('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }');
  expect(answer.body.errors?.every((error) => error.extensions?.code === 'GRAPHQL_VALIDATION_FAILED')).toBe(true);
});
