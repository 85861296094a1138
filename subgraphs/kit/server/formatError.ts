import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { CalendarRangeError } from '../calendar/workingDayCalendar';
import { CLIENT_ERROR_CODES } from '../errors';

// A connection killed on the server (KILL, a restart) fails the statement on it with
// ER_CONNECTION_KILLED (MariaDB) or ER_SERVER_SHUTDOWN; mysql2 refuses one more on a closed socket.
const DATABASE_DOWN = /ECONNREFUSED|ECONNRESET|PROTOCOL_CONNECTION_LOST|ETIMEDOUT|SQLITE_BUSY|SQLITE_CANTOPEN|ER_CON_COUNT_ERROR|ER_CONNECTION_KILLED|ER_SERVER_SHUTDOWN|Pool is closed|Connection lost|connection is in closed state/i;

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return String(error.code);
}

/**
 * What a subgraph tells its caller: the codes clients rely on with their message and field;
 * a database outage as SERVICE_UNAVAILABLE; anything else as an internal error without detail
 * (logged here, never sent).
 */
export function createFormatError(subgraph: string) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? '');
    // A scalar that would not parse: graphql-js wraps it, keeping our extensions.
    const scalarRejected = formatted.extensions?.scalar !== undefined;
    if (scalarRejected) return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
    if (CLIENT_ERROR_CODES.has(code)) return formatted;
    const cause = unwrapResolverError(error);
    if (cause instanceof CalendarRangeError) {
      // A deadline past the known calendar: the operator must add the year's schedule.
      return { message: cause.message, path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE' } };
    }
    const text = `${errorCode(cause) ?? ''} ${cause instanceof Error ? cause.message : String(cause)}`;
    if (DATABASE_DOWN.test(text)) {
      return { message: `${subgraph} storage is unavailable, try again later`, path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE' } };
    }
    console.error(`[${subgraph}] internal error`, cause);
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
