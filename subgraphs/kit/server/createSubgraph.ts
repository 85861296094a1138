import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import express, { type Express } from 'express';
import type { DataSource } from 'typeorm';
import { deadlineFor } from '../calendar/deadline';
import { loadTimeLimits, type TimeLimits } from '../calendar/timeLimits';
import { loadWorkingDayCalendar, type WorkingDayCalendar } from '../calendar/workingDayCalendar';
import { scalarResolvers } from '../scalars';
import { createGatewayClient } from '../services/createGatewayClient';
import type { SubgraphContext } from './context';
import { createFormatError } from './formatError';
import { createIdentityVerifier, IDENTITY_HEADER, type IdentityVerifier } from '../identity/identityToken';
import { gatewayPublicKeyPem } from '../identity/keyMaterial';
import { createServiceTokenSource } from '../identity/serviceToken';
import { personalDataCipher } from '../crypto/personalData';
import { jsonErrorHandler } from './jsonErrorHandler';
import { readSchema } from './readSchema';
import type { SubgraphDefinition } from './subgraphDefinition';

export interface SubgraphOptions {
  dataSource: DataSource;
  /** The gateway's GraphQL endpoint, read when a resolver asks (the gateway may start after the subgraph). */
  gatewayUrl: () => string;
  /** Verifies the identity the gateway signed for this subgraph; by default with GATEWAY_PUBLIC_KEY_FILE (or the development key). */
  identityVerifier?: IdentityVerifier;
  calendar?: WorkingDayCalendar;
  timeLimits?: TimeLimits;
  now?: () => Date;
}

export interface Subgraph {
  name: string;
  app: Express;
  stop(): Promise<void>;
}

/**
 * A subgraph as an express app (not yet listening): POST /graphql, GET /health/live and
 * GET /health/ready (which asks the database). Start it with `listen`.
 */
export async function createSubgraph<Loaders>(
  definition: SubgraphDefinition<Loaders>,
  options: SubgraphOptions,
): Promise<Subgraph> {
  const { name, resolvers, createLoaders } = definition;
  const { dataSource } = options;
  const calendar = options.calendar ?? loadWorkingDayCalendar();
  const timeLimits = options.timeLimits ?? loadTimeLimits();
  const now = options.now ?? (() => new Date());
  const gateway = createGatewayClient({ url: options.gatewayUrl, serviceToken: createServiceTokenSource(name).token });
  // Fails here, at start-up, when production has no personal-data key.
  personalDataCipher();
  const identityVerifier = options.identityVerifier ?? (await createIdentityVerifier(gatewayPublicKeyPem(), name));
  const deadline = (key: Parameters<TimeLimits['inForce']>[0], start: Date) => deadlineFor(calendar, timeLimits, key, start);
  const schema = buildSubgraphSchema({ typeDefs: readSchema(name), resolvers: { ...scalarResolvers, ...resolvers } });
  const server = new ApolloServer<SubgraphContext<Loaders>>({
    schema,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    formatError: createFormatError(name),
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginLandingPageDisabled()],
  });
  await server.start();
  const workers = definition.startWorkers?.({ dataSource, now, gateway });

  const app = express();
  app.disable('x-powered-by');
  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok', subgraph: name });
  });
  app.get('/health/ready', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
      res.json({ status: 'ok', subgraph: name });
    } catch {
      res.status(503).json({ status: 'unavailable', subgraph: name, reason: 'storage unavailable' });
    }
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(server, {
      context: async ({ req }) => {
        const identity = await identityVerifier.verify(req.header(IDENTITY_HEADER));
        return { identity, dataSource, loaders: createLoaders(dataSource, identity), calendar, now, deadline, gateway };
      },
    }),
  );
  app.use(jsonErrorHandler);

  return {
    name,
    app,
    stop: async () => {
      await workers?.stop();
      await server.stop();
    },
  };
}
