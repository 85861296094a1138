import { QueryFailedError } from 'typeorm';

const UNIQUE_VIOLATION = new Set(['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY', 'ER_DUP_ENTRY']);

/**
 * Whether a write failed on a unique index (SQLite or MySQL), e.g. when a concurrent request
 * stored the same idempotency key first.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError: unknown = error.driverError;
  const code = typeof driverError === 'object' && driverError !== null && 'code' in driverError ? String(driverError.code) : '';
  return UNIQUE_VIOLATION.has(code);
}
