import { GraphQLError } from 'graphql';
import { QUERY_LIMIT_VARIABLES, type QueryLimits } from './queryLimits';

/** The code of an operation refused by a query limit (HTTP 400); `extensions.limit` names the limit, `extensions.max` its value. */
export const QUERY_LIMIT_EXCEEDED = 'QUERY_LIMIT_EXCEEDED';

/**
 * A refusal by one of the query limits. graphql-armor words it ("Query depth limit of 10 exceeded,
 * found 11"); its "Syntax Error: " prefix is dropped (the query is well formed) and the variable
 * that sets the limit is added.
 */
export function queryLimitError(limit: keyof QueryLimits, max: number, armorMessage: string): GraphQLError {
  const message = armorMessage.replace(/^Syntax Error: /, '').replace(/\.$/, '');
  return new GraphQLError(`${message} (${QUERY_LIMIT_VARIABLES[limit]}).`, {
    extensions: { code: QUERY_LIMIT_EXCEEDED, limit, max, http: { status: 400 } },
  });
}

/**
 * graphql-js's refusal of a document over `maxTokens` tokens (Apollo Server's parse options,
 * GRAPHQL_PARSE_FAILED), as the query-limit error it is; undefined for any other error.
 */
export function tokenLimitErrorOf(error: unknown, maxTokens: number): GraphQLError | undefined {
  if (!(error instanceof GraphQLError) || error.extensions.code !== 'GRAPHQL_PARSE_FAILED') return undefined;
  if (error.message !== `Syntax Error: Document contains more that ${maxTokens} tokens. Parsing aborted.`) return undefined;
  return queryLimitError('maxTokens', maxTokens, `Token limit of ${maxTokens} exceeded; parsing stopped at token ${maxTokens + 1}.`);
}
