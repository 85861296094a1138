import { GraphQLError } from 'graphql';

const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
] as const;

/** The error codes clients rely on (DESIGN.md §5). */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Apollo Server's codes for a request it could not run; their messages are meant for the client too. */
const REQUEST_ERROR_CODES = [
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
];

/** The codes whose message, path and field are passed on to the client (by the subgraphs and the gateway). */
export const CLIENT_ERROR_CODES: ReadonlySet<string> = new Set([...ERROR_CODES, ...REQUEST_ERROR_CODES]);

/** Bad input: names the offending argument or input field (`input.region`). */
export function badUserInput(field: string, message: string): GraphQLError {
  return new GraphQLError(`${field}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', field } });
}

export function notFound(what: string): GraphQLError {
  return new GraphQLError(`${what} not found`, { extensions: { code: 'NOT_FOUND' } });
}

export function conflict(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT' } });
}

export function serviceUnavailable(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'SERVICE_UNAVAILABLE' } });
}

/**
 * A scalar value that does not parse. Thrown by the scalars' parse functions;
 * carries BAD_USER_INPUT so graphql-js passes the code on through its own wrapping error.
 */
export class ScalarInputError extends GraphQLError {
  constructor(scalar: string, message: string) {
    super(`${scalar}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', scalar } });
  }
}
