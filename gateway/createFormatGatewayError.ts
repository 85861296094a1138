import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { CLIENT_ERROR_CODES } from '../subgraphs/kit/errors';
import type { Logger } from './Logger';
import { redactAddresses } from './redactAddresses';
import { SubgraphUnavailableError } from './SubgraphUnavailableError';

/**
 * Apollo Server reports every validation-rule error as GRAPHQL_VALIDATION_FAILED; a rule's
 * own code (BAD_USER_INPUT from createInputLiteralsRule) survives only on the original error.
 */
function codeOf(formatted: GraphQLFormattedError, error: unknown): string {
  const code = String(formatted.extensions?.code ?? '');
  if (code !== 'GRAPHQL_VALIDATION_FAILED' || !(error instanceof GraphQLError)) return code;
  const original = error.originalError;
  return original instanceof GraphQLError && original.extensions.code === 'BAD_USER_INPUT' ? 'BAD_USER_INPUT' : code;
}

/**
 * What the client sees of an error: for the client error codes, the message (addresses redacted),
 * locations, path, code and offending field, and for a subgraph the gateway could not ask, the
 * agency's name (`service`); never the subgraph's response body, service name,
 * address or stack. Anything else is an internal error, logged and answered without detail.
 */
export function createFormatGatewayError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = codeOf(formatted, error);
    const { locations, path } = formatted;
    if (CLIENT_ERROR_CODES.has(code)) {
      const field = formatted.extensions?.field;
      const extensions = {
        code,
        ...(typeof field === 'string' ? { field } : {}),
        ...(error instanceof SubgraphUnavailableError ? { service: error.service } : {}),
      };
      return { message: redactAddresses(formatted.message), locations, path, extensions };
    }
    logger.error(`internal error: ${formatted.message}`, error);
    return { message: 'Internal server error', path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
