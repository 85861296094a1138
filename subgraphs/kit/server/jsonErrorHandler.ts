import type { ErrorRequestHandler } from 'express';

function statusOf(error: unknown): number {
  if (typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number') return error.status;
  return 500;
}

/**
 * Errors express raises before GraphQL runs (malformed JSON, a body over the limit) as a GraphQL
 * error in JSON, never an HTML page with a stack trace, and without logging the body.
 */
export const jsonErrorHandler: ErrorRequestHandler = (error, _req, res, _next) => {
  const status = statusOf(error);
  const message =
    status === 413 ? 'request body too large' : status < 500 ? 'malformed request: the body must be JSON' : 'Internal server error';
  res.status(status).json({ errors: [{ message, extensions: { code: status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' } }] });
};
