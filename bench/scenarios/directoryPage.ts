import type { Scenario } from './scenario';

const DIRECTORY = `query Directory($query: String, $first: Int) {
  directory(query: $query, first: $first) {
    totalCount
    pageInfo { endCursor hasNextPage }
    nodes { uscc name region businessStatus websites phones disclosure { version } commitment { published } }
  }
}`;

const TERMS_USED = 5;

/** (a) The public directory: a page of 20 institutions found by part of a name, anonymous; institutions answers it alone. */
export const directoryPage: Scenario = {
  name: 'directory',
  title: 'Public directory page (20 by name, anonymous)',
  caller: () => null,
  direct: 'institutions',
  bodies: async ({ data }) => data.directoryTerms.slice(0, TERMS_USED).map((query) => ({ query: DIRECTORY, variables: { query, first: 20 } })),
};
