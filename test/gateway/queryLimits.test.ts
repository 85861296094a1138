import type { QueryLimits } from '../../gateway/limits/queryLimits';
import { startTestGateway, type GraphQLAnswer, type TestGateway } from './startTestGateway';
import { startTestSubgraphs, type TestSubgraphs } from './startTestSubgraphs';
import { testUsccs } from './testUsccs';
import { writeTestSupergraph } from './writeTestSupergraph';

interface Ask {
  how: string;
  query: string;
  variables?: Record<string, unknown>;
}

interface LimitCase {
  limit: keyof QueryLimits;
  max: number;
  /** Just under or at the limit: answered. */
  accepted: Ask[];
  /** Just over it: refused with this message. */
  refused: Array<Ask & { message: string }>;
}

const entity = `marketEntity(uscc: "${testUsccs.registered}")`;

/** Each limit set low on a gateway of its own (the others at their defaults), with queries at it and one over it. */
const CASES: LimitCase[] = [
  {
    limit: 'maxDepth',
    max: 2,
    accepted: [
      { how: 'fields 2 deep', query: `{ ${entity} { uscc } }` },
      { how: 'a fragment, which is not a level', query: `{ ...E } fragment E on Query { ${entity} { uscc } }` },
    ],
    refused: [
      { how: 'fields', query: `{ ${entity} { institution { name } } }`, message: 'Query depth limit of 2 exceeded, found 3 (GRAPHQL_MAX_DEPTH).' },
      {
        how: 'a fragment',
        query: `{ ${entity} { ...Entity } } fragment Entity on MarketEntity { institution { name } }`,
        message: 'Query depth limit of 2 exceeded, found 3 (GRAPHQL_MAX_DEPTH).',
      },
      {
        how: 'an inline fragment',
        query: `{ ${entity} { ... on MarketEntity { institution { name } } } }`,
        message: 'Query depth limit of 2 exceeded, found 3 (GRAPHQL_MAX_DEPTH).',
      },
    ],
  },
  {
    limit: 'maxAliases',
    max: 2,
    accepted: [{ how: 'two aliases', query: `{ ${entity} { uscc } a: institutions { name } b: institutions { name } }` }],
    refused: [
      { how: 'fields', query: '{ a: institutions { name } b: institutions { name } c: institutions { name } }', message: 'Aliases limit of 2 exceeded, found 3 (GRAPHQL_MAX_ALIASES).' },
      {
        how: 'a fragment spread three times',
        query: '{ ...I ...I ... on Query { ...I } } fragment I on Query { a: institutions { name } }',
        message: 'Aliases limit of 2 exceeded, found 3 (GRAPHQL_MAX_ALIASES).',
      },
    ],
  },
  {
    limit: 'maxDirectives',
    max: 2,
    accepted: [{ how: 'two directives', query: '{ institutions @include(if: true) { name @skip(if: false) } }' }],
    refused: [
      {
        how: 'fields',
        query: '{ institutions @include(if: true) { name @skip(if: false) region @include(if: true) } }',
        message: 'Directives limit of 2 exceeded, found 3 (GRAPHQL_MAX_DIRECTIVES).',
      },
      {
        how: 'a fragment spread three times',
        query: '{ ...I ...I ...I } fragment I on Query { institutions @include(if: true) { name } }',
        message: 'Directives limit of 2 exceeded, found 3 (GRAPHQL_MAX_DIRECTIVES).',
      },
    ],
  },
  {
    limit: 'maxTokens',
    max: 6,
    accepted: [{ how: 'six tokens', query: '{ institutions { name } }' }],
    refused: [{ how: 'seven tokens', query: '{ institutions { name region } }', message: 'Token limit of 6 exceeded; parsing stopped at token 7 (GRAPHQL_MAX_TOKENS).' }],
  },
  {
    // institutions(first) of 3.5 each: (object 2 + 1.5 × one scalar) × first.
    limit: 'maxCost',
    max: 35,
    accepted: [
      { how: 'first: 10 (35)', query: '{ institutions(first: 10) { name } }' },
      { how: 'first: $first = 10', query: 'query ($first: Int) { institutions(first: $first) { name } }', variables: { first: 10 } },
      { how: "the schema's introspection, not priced", query: '{ __schema { types { fields { type { ofType { name } } } } } }' },
    ],
    refused: [
      { how: 'first: 11 (38.5)', query: '{ institutions(first: 11) { name } }', message: 'Query Cost limit of 35 exceeded, found 38.5 (GRAPHQL_MAX_COST).' },
      {
        how: 'first: $first = 11, priced with the variable',
        query: 'query ($first: Int) { institutions(first: $first) { name } }',
        variables: { first: 11 },
        message: 'Query Cost limit of 35 exceeded, found 38.5 (GRAPHQL_MAX_COST).',
      },
      {
        how: "a variable's default of 11",
        query: 'query ($first: Int = 11) { institutions(first: $first) { name } }',
        message: 'Query Cost limit of 35 exceeded, found 38.5 (GRAPHQL_MAX_COST).',
      },
      {
        how: "no first, priced at the schema's default of 20",
        query: '{ institutions { name } }',
        message: 'Query Cost limit of 35 exceeded, found 70 (GRAPHQL_MAX_COST).',
      },
    ],
  },
];

let subgraphs: TestSubgraphs;
const supergraphPath = writeTestSupergraph();

async function refusal(gateway: TestGateway, ask: Ask): Promise<GraphQLAnswer> {
  const before = subgraphs.requests();
  const answer = await gateway.post(ask.query, ask.variables);
  expect(subgraphs.requests()).toBe(before);
  expect(answer.status).toBe(400);
  return answer;
}

beforeAll(async () => {
  subgraphs = await startTestSubgraphs();
});

afterAll(() => subgraphs.close());

describe.each(CASES)('$limit at $max', ({ limit, max, accepted, refused }) => {
  let gateway: TestGateway;

  beforeAll(async () => {
    gateway = await startTestGateway({ supergraphPath, subgraphUrls: subgraphs.urls, queryLimits: { [limit]: max } });
  });

  afterAll(() => gateway.close());

  test.each(accepted)('accepts $how', async ({ query, variables }) => {
    const answer = await gateway.post(query, variables);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.status).toBe(200);
  });

  test.each(refused)('refuses $how before any subgraph is asked, naming the limit and the value', async (ask) => {
    const answer = await refusal(gateway, ask);
    expect(answer.body.errors).toEqual([
      expect.objectContaining({ message: ask.message, extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit, max } }),
    ]);
  });

});

describe('at the defaults', () => {
  let gateway: TestGateway;

  beforeAll(async () => {
    gateway = await startTestGateway({ supergraphPath, subgraphUrls: subgraphs.urls });
  });

  afterAll(() => gateway.close());

  test('a fragment cycle is refused by graphql-js, without the limits looping', async () => {
    const answer = await refusal(gateway, { how: 'a cycle', query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }' });
    expect(answer.body.errors?.length).toBeGreaterThan(0);
    expect(answer.body.errors?.every((error) => error.extensions?.code === 'GRAPHQL_VALIDATION_FAILED')).toBe(true);
  });

  test('introspection is not counted, so GraphiQL can read the schema', async () => {
    const answer = await gateway.post('{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } }');
    expect(answer.body.errors).toBeUndefined();
  });

  test('a limit set by the environment applies where no option sets it', async () => {
    const previous = process.env.GRAPHQL_MAX_ALIASES;
    process.env.GRAPHQL_MAX_ALIASES = '1';
    const limited = await startTestGateway({ supergraphPath, subgraphUrls: subgraphs.urls }).finally(() => {
      if (previous === undefined) delete process.env.GRAPHQL_MAX_ALIASES;
      else process.env.GRAPHQL_MAX_ALIASES = previous;
    });
    try {
      const answer = await limited.post('{ a: institutions { name } b: institutions { name } }');
      expect(answer.body.errors?.[0].extensions).toEqual({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'maxAliases', max: 1 });
    } finally {
      await limited.close();
    }
  });
});
