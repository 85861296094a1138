import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { CLIENT_ERROR_CODES } from '../subgraphs/kit/errors';
import { QUERY_LIMIT_EXCEEDED, tokenLimitErrorOf } from './limits/queryLimitError';
import type { Logger } from './Logger';
import { redactAddresses } from './redactAddresses';
import { SubgraphUnavailableError } from './SubgraphUnavailableError';

/** Codes a validation rule sets and Apollo Server relabels GRAPHQL_VALIDATION_FAILED. */
const RULE_CODES: ReadonlySet<unknown> = new Set(['BAD_USER_INPUT', QUERY_LIMIT_EXCEEDED]);

/** The codes whose message reaches the client: the kit's, and the gateway's own refusals. */
const GATEWAY_CLIENT_CODES: ReadonlySet<string> = new Set([...CLIENT_ERROR_CODES, QUERY_LIMIT_EXCEEDED]);

/**
 * Apollo Server reports every validation-rule error as GRAPHQL_VALIDATION_FAILED; a rule's
 * own code (BAD_USER_INPUT from createInputLiteralsRule, QUERY_LIMIT_EXCEEDED from the query
 * limits) survives only on the original error.
 */
function codeOf(formatted: GraphQLFormattedError, error: unknown): string {
  const code = String(formatted.extensions?.code ?? '');
  if (code !== 'GRAPHQL_VALIDATION_FAILED' || !(error instanceof GraphQLError)) return code;
  const original = error.originalError;
  return original instanceof GraphQLError && RULE_CODES.has(original.extensions.code) ? String(original.extensions.code) : code;
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
const count = (value: unknown) => (typeof value === 'number' ? value : undefined);

/** An unmet exit criterion as records reports it with a refused ledger exit (decideLedgerExit). */
interface UnmetCriterion {
  code: string;
  recordId: string | null;
  description: string;
}

const isUnmetCriterion = (value: unknown): value is UnmetCriterion =>
  typeof value === 'object' && value !== null && 'code' in value && typeof value.code === 'string' &&
  'description' in value && typeof value.description === 'string' &&
  'recordId' in value && (value.recordId === null || typeof value.recordId === 'string');

/** A CONFLICT's unmet criteria (decideLedgerExit), passed on as they are shaped, nothing else. */
function unmetCriteriaOf(code: string, extensions: Readonly<Record<string, unknown>> | undefined): { unmetCriteria?: UnmetCriterion[] } {
  const given = extensions?.unmetCriteria;
  if (code !== 'CONFLICT' || !Array.isArray(given) || !given.every(isUnmetCriterion)) return {};
  return { unmetCriteria: given.map(({ code: criterion, recordId, description }) => ({ code: criterion, recordId, description })) };
}

/**
 * The extensions a client relies on besides the code: the offending `field`; for a query limit,
 * which (`limit`) and its value (`max`); for a rate limit, the wait (`retryAfterSeconds`).
 */
function detailsOf(code: string, extensions: Readonly<Record<string, unknown>> | undefined): Record<string, string | number> {
  const details = {
    field: text(extensions?.field),
    ...(code === QUERY_LIMIT_EXCEEDED ? { limit: text(extensions?.limit), max: count(extensions?.max) } : {}),
    ...(code === 'RATE_LIMITED' ? { retryAfterSeconds: count(extensions?.retryAfterSeconds) } : {}),
  };
  return Object.fromEntries(Object.entries(details).filter((entry): entry is [string, string | number] => entry[1] !== undefined));
}

export interface FormatGatewayErrorOptions {
  /** The token limit given to the parser, whose refusal (GRAPHQL_PARSE_FAILED) is reported as QUERY_LIMIT_EXCEEDED. */
  maxTokens?: number;
}

/**
 * What the client sees of an error: for the client error codes, the message (addresses redacted),
 * locations, path, code, offending field, the limit refused (`limit`, `max`) or the wait before
 * retrying (`retryAfterSeconds`), and for a subgraph the gateway could not ask, the
 * agency's name (`service`); never the subgraph's response body, service name,
 * address or stack. Anything else is an internal error, logged and answered without detail.
 */
export function createFormatGatewayError(logger: Logger, { maxTokens }: FormatGatewayErrorOptions = {}) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const tokenLimit = maxTokens === undefined ? undefined : tokenLimitErrorOf(error, maxTokens);
    if (tokenLimit) return { message: tokenLimit.message, locations: formatted.locations, extensions: { code: QUERY_LIMIT_EXCEEDED, ...detailsOf(QUERY_LIMIT_EXCEEDED, tokenLimit.extensions) } };
    const code = codeOf(formatted, error);
    const { locations, path } = formatted;
    if (GATEWAY_CLIENT_CODES.has(code)) {
      const extensions = {
        code,
        ...detailsOf(code, formatted.extensions),
        ...unmetCriteriaOf(code, formatted.extensions),
        ...(error instanceof SubgraphUnavailableError ? { service: error.service } : {}),
      };
      return { message: redactAddresses(formatted.message), locations, path, extensions };
    }
    logger.error(`internal error: ${formatted.message}`, error);
    return { message: 'Internal server error', path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
