import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { parse } from 'graphql';
import { listen } from '../../subgraphs/kit/server/listen';

export interface TestSubgraph {
  url: string;
  port: number;
  /** GraphQL requests this subgraph has received. */
  requests(): number;
  /** Stops it; closing twice is harmless (a test may take a subgraph down early). */
  close(): Promise<void>;
}

/** A federated subgraph on a free port, with GET /health/ready, counting the requests it gets. */
export async function startTestSubgraph(typeDefs: string, resolvers: GraphQLResolverMap<unknown>): Promise<TestSubgraph> {
  const server = new ApolloServer({
    schema: buildSubgraphSchema({ typeDefs: parse(typeDefs), resolvers }),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await server.start();
  let requests = 0;
  const app = express();
  app.get('/health/ready', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use('/graphql', (_req, _res, next) => {
    requests += 1;
    next();
  });
  app.use('/graphql', express.json(), expressMiddleware(server));
  const listening = await listen(app, 0, '127.0.0.1');
  let closing: Promise<void> | undefined;
  return {
    url: listening.url,
    port: listening.port,
    requests: () => requests,
    close: () => {
      closing ??= listening.close().then(() => server.stop());
      return closing;
    },
  };
}
