import type { ApolloServer, GraphQLResponse } from '@apollo/server';
import type { GatewayContext } from '../auth/gatewayContext';
import { ExportRefusal, statusOfCode } from './ExportRefusal';

/**
 * Runs one operation through the gateway's own request pipeline (limits, plugins, query plan,
 * the subgraphs' authorization) as the caller of `context`. Any error refuses the export: a
 * ledger with entries or facts missing is not a ledger to hand in.
 */
export async function executeAsCaller<TData>(
  server: ApolloServer<GatewayContext>,
  context: GatewayContext,
  query: string,
  variables: Record<string, unknown>,
): Promise<TData> {
  const response: GraphQLResponse<TData> = await server.executeOperation<TData>({ query, variables }, { contextValue: context });
  if (response.body.kind !== 'single') throw new ExportRefusal(500, 'INTERNAL_SERVER_ERROR', 'the ledger was answered incrementally');
  const { data, errors } = response.body.singleResult;
  const [error] = errors ?? [];
  if (error) {
    const code = String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    const field = typeof error.extensions?.field === 'string' ? error.extensions.field : undefined;
    throw new ExportRefusal(statusOfCode(code), code, error.message, field);
  }
  if (!data) throw new ExportRefusal(500, 'INTERNAL_SERVER_ERROR', 'the ledger was not answered');
  return data;
}
