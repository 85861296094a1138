import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { IDENTITY_HEADER, type IdentitySigner } from '../subgraphs/kit/identity/identityToken';
import { hasIdentity } from './auth/gatewayContext';
import { GraphQLError } from 'graphql';
import type { Fetcher, SubgraphResponse } from './createSubgraphFetcher';
import type { Logger } from './Logger';
import { SubgraphUnavailableError } from './SubgraphUnavailableError';

export interface SubgraphDataSourceOptions {
  name: string;
  url: string;
  fetcher: Fetcher;
  logger: Logger;
  /** Signs the caller's identity for this subgraph (DESIGN.md §3 rule 4). */
  signer: IdentitySigner;
}

interface ErrorBody {
  message: string;
  extensions?: { code?: unknown; field?: unknown };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The first GraphQL error of a non-2xx subgraph response that carries a GraphQL body. */
function firstBodyError(error: Error): ErrorBody | undefined {
  if (!(error instanceof GraphQLError) || !isRecord(error.extensions.response)) return undefined;
  const body = error.extensions.response.body;
  const first: unknown = isRecord(body) && Array.isArray(body.errors) ? body.errors[0] : undefined;
  if (!isRecord(first) || typeof first.message !== 'string') return undefined;
  return { message: first.message, extensions: isRecord(first.extensions) ? first.extensions : undefined };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const JSON_TYPES = /^application\/(?:graphql-response\+)?json\b/i;

/**
 * A subgraph's answer as parsed JSON, or else a description of it (type and size). Apollo's own
 * parseBody hands a body that is not JSON to the error message, which goes to the log.
 */
async function parseBody(response: SubgraphResponse): Promise<object | string> {
  const text = await response.text();
  const type = response.headers.get('content-type') ?? 'untyped';
  if (!JSON_TYPES.test(type)) return `a ${type} body of ${text.length} characters`;
  const body = parseJson(text);
  return isRecord(body) ? body : `a ${type} body of ${text.length} characters that is not valid JSON`;
}

/**
 * A request to one subgraph. A GraphQL error in a non-2xx answer (a 400 from variable coercion)
 * keeps its code and message; any other failure (refused, timed out, a proxy's 502, a body that
 * is not GraphQL) becomes SERVICE_UNAVAILABLE naming the agency. The cause, with its address,
 * goes to the log only; a body that is not JSON is logged by type and size, never by content.
 */
export function createSubgraphDataSource({ name, url, fetcher, logger, signer }: SubgraphDataSourceOptions): RemoteGraphQLDataSource {
  return new RemoteGraphQLDataSource({
    url,
    fetcher,
    parseBody,
    async willSendRequest({ request, context }) {
      // No identity, no header: the subgraph then refuses the request.
      if (!hasIdentity(context)) return;
      let token = context.identityTokens.get(name);
      if (!token) {
        token = signer.sign(context.identity, name);
        context.identityTokens.set(name, token);
      }
      request.http?.headers.set(IDENTITY_HEADER, await token);
    },
    didEncounterError(error: Error) {
      const bodyError = firstBodyError(error);
      if (bodyError) {
        const { code, field } = bodyError.extensions ?? {};
        throw new GraphQLError(bodyError.message, { extensions: { code, field } });
      }
      logger.warn(`subgraph ${name} failed: ${error.message}`);
      throw new SubgraphUnavailableError(name);
    },
  });
}
