import { integerFromEnv } from '../integerFromEnv';

/** What one operation may ask, checked at the gateway before planning (README "Query limits"). */
export interface QueryLimits {
  /** Fields nested in one another, the root field being 1; fragments are not levels; `__schema` is not counted. */
  maxDepth: number;
  /** Aliased fields, a fragment counted as often as it is spread; `__typename` is not counted. */
  maxAliases: number;
  /** Directives written in the operation, fragments included. */
  maxDirectives: number;
  /** Lexical tokens of the whole document; parsing stops at the first one over. */
  maxTokens: number;
  /** graphql-armor's cost, with `first`/`last` taken from the variables too. */
  maxCost: number;
}

/** The environment variable of each limit. */
export const QUERY_LIMIT_VARIABLES: Readonly<Record<keyof QueryLimits, string>> = {
  maxDepth: 'GRAPHQL_MAX_DEPTH',
  maxAliases: 'GRAPHQL_MAX_ALIASES',
  maxDirectives: 'GRAPHQL_MAX_DIRECTIVES',
  maxTokens: 'GRAPHQL_MAX_TOKENS',
  maxCost: 'GRAPHQL_MAX_COST',
};

/**
 * Chosen against the largest questions the tests and the README ask (README "Query limits"):
 * the deepest is 7 (the 200-entity ledger of test/e2e/statementCount), the most aliases 25 and
 * tokens 928 (its batches of 25 mutations), no directives, the highest cost 97,666 (that ledger).
 */
export const DEFAULT_QUERY_LIMITS: Readonly<QueryLimits> = {
  /** The supergraph has cycles (a record's subject has records): without a bound one question could keep the agencies busy. */
  maxDepth: 10,
  maxAliases: 50,
  /** `@include`/`@skip` on a screen's optional parts. */
  maxDirectives: 20,
  /** About what 50 aliased complaint submissions need. */
  maxTokens: 2_000,
  /** A full ledger page (200 entities) with ten records and ten repair cases each costs 188,369; with twenty, 369,775; nested full pages (200 × 200), 980,650. */
  maxCost: 200_000,
};

const CEILING = 100_000_000;

/** The limits from GRAPHQL_MAX_DEPTH, GRAPHQL_MAX_ALIASES, GRAPHQL_MAX_DIRECTIVES, GRAPHQL_MAX_TOKENS, GRAPHQL_MAX_COST. */
export function queryLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): QueryLimits {
  const read = (limit: keyof QueryLimits) => integerFromEnv(env, QUERY_LIMIT_VARIABLES[limit], DEFAULT_QUERY_LIMITS[limit], 1, CEILING);
  return {
    maxDepth: read('maxDepth'),
    maxAliases: read('maxAliases'),
    maxDirectives: read('maxDirectives'),
    maxTokens: read('maxTokens'),
    maxCost: read('maxCost'),
  };
}
