import { GraphQLError } from 'graphql';

/**
 * A subgraph the gateway could not ask (refused, timed out, answered without a GraphQL body):
 * SERVICE_UNAVAILABLE naming the agency in the message and in `extensions.service`, never its address.
 */
export class SubgraphUnavailableError extends GraphQLError {
  constructor(readonly service: string) {
    super(`the ${service} service is unavailable`, { extensions: { code: 'SERVICE_UNAVAILABLE', service } });
  }
}
