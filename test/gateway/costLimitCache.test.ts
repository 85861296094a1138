import { ApolloServer } from '@apollo/server';
import * as graphql from 'graphql';
import { createCostLimitPlugin } from '../../gateway/limits/createCostLimitPlugin';

jest.mock('graphql', () => {
  const actual = jest.requireActual<typeof graphql>('graphql');
  return { ...actual, validate: jest.fn(actual.validate) };
});
const validate = jest.mocked(graphql.validate);

// institutions(first) costs (object 2 + 1.5 × one scalar) × first: 10 is 35, 11 is 38.5.
const MAX_COST = 35;
const PAGE = 'query ($first: Int) { institutions(first: $first) { name } }';
// Two pages of a and b in a fragment cost 3 + 5.25 × (a + b): 3 and 3 are 34.5, 3 and 4 are 39.75.
const TWO_PAGES = 'query ($a: Int, $b: Int) { ...Pages } fragment Pages on Query { a: institutions(first: $a) { name } b: institutions(first: $b) { name } }';

describe('an operation priced within the cost limit is not priced again for the same page sizes', () => {
  let server: ApolloServer;

  beforeAll(async () => {
    server = new ApolloServer({
      typeDefs: 'type Query { institutions(first: Int = 20): [Institution!]! } type Institution { name: String }',
      resolvers: { Query: { institutions: () => [] } },
      plugins: [createCostLimitPlugin(MAX_COST)],
    });
    await server.start();
  });

  afterAll(() => server.stop());

  async function errorsOf(query: string, variables: Record<string, unknown>) {
    const { body } = await server.executeOperation({ query, variables });
    if (body.kind !== 'single') throw new Error('expected a single result');
    return body.singleResult.errors?.map((error) => error.extensions?.code) ?? [];
  }

  it('validates nothing for a repeated operation with the same page size', async () => {
    expect(await errorsOf(PAGE, { first: 10 })).toEqual([]);
    const afterFirst = validate.mock.calls.length;
    expect(await errorsOf(PAGE, { first: 10 })).toEqual([]);
    expect(validate.mock.calls.length).toBe(afterFirst);
  });

  it('prices another page size afresh, and refuses one over the limit every time', async () => {
    expect(await errorsOf(PAGE, { first: 10 })).toEqual([]);
    expect(await errorsOf(PAGE, { first: 11 })).toEqual(['QUERY_LIMIT_EXCEEDED']);
    expect(await errorsOf(PAGE, { first: 11 })).toEqual(['QUERY_LIMIT_EXCEEDED']);
    expect(await errorsOf(PAGE, { first: 1000 })).toEqual(['QUERY_LIMIT_EXCEEDED']);
    expect(await errorsOf(PAGE, {})).toEqual([]);
  });

  it('tells apart page sizes written in a fragment', async () => {
    expect(await errorsOf(TWO_PAGES, { a: 3, b: 3 })).toEqual([]);
    expect(await errorsOf(TWO_PAGES, { a: 3, b: 4 })).toEqual(['QUERY_LIMIT_EXCEEDED']);
    expect(await errorsOf(TWO_PAGES, { a: 2, b: 3 })).toEqual([]);
  });
});
