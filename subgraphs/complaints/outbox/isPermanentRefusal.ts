import { GraphQLError } from 'graphql';

/** What records answers for a write it will never accept as sent: retrying the same input cannot help. */
const PERMANENT = new Set(['CONFLICT', 'BAD_USER_INPUT', 'NOT_FOUND']);

/** Whether records refused the write for good (by the codes the gateway client passes on), not merely could not be reached. */
export function isPermanentRefusal(error: unknown): boolean {
  if (!(error instanceof GraphQLError)) return false;
  const codes = error.extensions.upstreamCodes;
  return Array.isArray(codes) && codes.some((code) => typeof code === 'string' && PERMANENT.has(code));
}
