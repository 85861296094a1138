import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { GatewayContext } from '../auth/gatewayContext';
import type { PublicRateLimits } from './publicRateLimits';

const LIMITED_FIELDS = [
  { field: 'submitComplaint', limit: 'submissionsPerMinute', what: 'complaint submissions' },
  { field: 'complaintStatus', limit: 'statusLookupsPerMinute', what: 'complaint status lookups' },
] as const;

/** How often each root field is asked for, as written: every alias, through fragments, @skip and @include ignored. */
function rootFieldCounts(document: DocumentNode, selectionSet: SelectionSetNode): Map<string, number> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const counts = new Map<string, number>();
  const count = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) counts.set(selection.name.value, (counts.get(selection.name.value) ?? 0) + 1);
      else if (selection.kind === Kind.INLINE_FRAGMENT) count(selection.selectionSet);
      else {
        const fragment = fragments.get(selection.name.value);
        if (fragment) count(fragment.selectionSet);
      }
    }
  };
  count(selectionSet);
  return counts;
}

function rateLimited(what: string, perMinute: number, rejection: RateLimiterRes): GraphQLError {
  const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
  return new GraphQLError(`too many ${what} from this address: at most ${perMinute} a minute; retry after ${retryAfterSeconds} s`, {
    extensions: {
      code: 'RATE_LIMITED',
      retryAfterSeconds,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}

/**
 * The public's (no token) `submitComplaint` and `complaintStatus`, limited per client address
 * (`identity.clientAddress`, express's `req.ip`) and rolling minute, one point per occurrence of
 * the field. Over the limit the whole operation is refused before planning: RATE_LIMITED with
 * `retryAfterSeconds`, HTTP 429 and Retry-After. Counters live in this process's memory.
 */
export function createPublicRateLimitPlugin(limits: PublicRateLimits): ApolloServerPlugin<GatewayContext> {
  const limiters = LIMITED_FIELDS.map(({ field, limit, what }) => ({
    field,
    what,
    perMinute: limits[limit],
    limiter: new RateLimiterMemory({ keyPrefix: field, points: limits[limit], duration: 60 }),
  }));
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, operation }) {
          if (contextValue.identity.role !== 'PUBLIC' || !operation) return;
          const counts = rootFieldCounts(document, operation.selectionSet);
          const address = contextValue.identity.clientAddress ?? 'unknown';
          for (const { field, what, perMinute, limiter } of limiters) {
            const uses = counts.get(field) ?? 0;
            if (uses === 0) continue;
            try {
              await limiter.consume(address, uses);
            } catch (rejection) {
              if (rejection instanceof RateLimiterRes) throw rateLimited(what, perMinute, rejection);
              throw rejection;
            }
          }
        },
      };
    },
  };
}
