import { GraphQLError } from 'graphql';
import { createFormatError } from '../../subgraphs/kit/server/formatError';

/** A driver error as mysql2 raises it (TypeORM's QueryFailedError keeps its code and message). */
const driverError = (code: string | undefined, message: string) => Object.assign(new Error(message), code ? { code } : {});

const format = (cause: Error) =>
  createFormatError('records')(
    { message: cause.message, path: ['recordDishonesty'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    new GraphQLError(cause.message, { originalError: cause, path: ['recordDishonesty'] }),
  );

describe('a subgraph\'s database connection lost under a request', () => {
  it.each([
    ['PROTOCOL_CONNECTION_LOST', 'Connection lost: The server closed the connection.'],
    ['ECONNRESET', 'read ECONNRESET'],
    ['ER_CONNECTION_KILLED', 'Connection was killed'],
    ['ER_SERVER_SHUTDOWN', 'Server shutdown in progress'],
    [undefined, "Can't add new command when connection is in closed state"],
  ])('%s (%s) is SERVICE_UNAVAILABLE naming the subgraph, without the driver\'s words', (code, message) => {
    expect(format(driverError(code, message))).toEqual({
      message: 'records storage is unavailable, try again later',
      path: ['recordDishonesty'],
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
  });

  it('leaves any other failure an internal error without detail', () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(format(driverError('ER_PARSE_ERROR', 'You have an error in your SQL syntax'))).toEqual({
        message: 'Internal server error',
        path: ['recordDishonesty'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
    } finally {
      logged.mockRestore();
    }
  });
});
