import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';

/**
 * A document in which the request names no operation it holds (an unknown `operationName`, or
 * several operations and no name) refused as OPERATION_RESOLUTION_FAILURE with status 400.
 * Without a gateway Apollo Server does this itself; with one it hands the document to the
 * gateway, whose planner throws, and the client got a 500 and "Internal server error".
 * The name asked for is not repeated: it may be any length.
 */
export function createOperationResolutionPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          if (operation) return;
          const message = request.operationName
            ? 'the document has no operation of the given operationName'
            : 'the document has several operations: give operationName';
          throw new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } });
        },
      };
    },
  };
}
