import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError, ParseOptions, ValidationContext, ValidationRule } from 'graphql';
import { createCostLimitPlugin } from './createCostLimitPlugin';
import { queryLimitError } from './queryLimitError';
import type { QueryLimits } from './queryLimits';

export interface QueryLimitGuards<TContext extends BaseContext> {
  /** Depth, aliases and directives (graphql-armor), run with graphql-js's validation. */
  validationRules: ValidationRule[];
  /** The cost limit (graphql-armor, with the request's variables) and, in production, armor's suggestion masking. */
  plugins: ApolloServerPlugin<TContext>[];
  /** The token limit: graphql-js stops parsing at the first token over it. */
  parseOptions: ParseOptions;
}

/** Armor's refusal reported as a validation error with our code, instead of thrown. */
function reportedAs(limit: keyof QueryLimits, max: number) {
  return {
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(queryLimitError(limit, max, error.message))],
  };
}

/**
 * The query limits of the gateway, all refused before planning with QUERY_LIMIT_EXCEEDED (HTTP 400):
 * graphql-armor's depth, alias, directive and cost limits; the token limit is graphql-js's own
 * (`maxTokens` while parsing), because armor's Apollo plugin throws from `parsingDidStart`, which
 * Apollo Server 5 answers with HTTP 500.
 */
export function createQueryLimits<TContext extends BaseContext>(limits: QueryLimits, { production }: { production: boolean }): QueryLimitGuards<TContext> {
  const { validationRules, plugins } = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true, ...reportedAs('maxDepth', limits.maxDepth) },
    maxAliases: { n: limits.maxAliases, ...reportedAs('maxAliases', limits.maxAliases) },
    maxDirectives: { n: limits.maxDirectives, ...reportedAs('maxDirectives', limits.maxDirectives) },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return {
    validationRules,
    plugins: [...plugins, createCostLimitPlugin<TContext>(limits.maxCost)],
    parseOptions: { maxTokens: limits.maxTokens },
  };
}
