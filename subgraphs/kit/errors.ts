import { GraphQLError } from 'graphql';

/** The error codes clients rely on (DESIGN.md §5). */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'SERVICE_UNAVAILABLE';

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
