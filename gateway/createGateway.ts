import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import { jsonErrorHandler } from '../subgraphs/kit/server/jsonErrorHandler';
import { schemaDir } from '../subgraphs/kit/server/readSchema';
import { checkSubgraphsReady } from './checkSubgraphsReady';
import { createFormatGatewayError } from './createFormatGatewayError';
import { createGraphiqlRouter } from './createGraphiqlRouter';
import { createInputLiteralsRule } from './createInputLiteralsRule';
import { createInputVariablesPlugin } from './createInputVariablesPlugin';
import { createOperationResolutionPlugin } from './createOperationResolutionPlugin';
import { createSubgraphDataSource } from './createSubgraphDataSource';
import { createSubgraphFetcher } from './createSubgraphFetcher';
import { createLedgerExportRouter } from './exports/createLedgerExportRouter';
import type { Logger } from './Logger';
import { bearerVerifierFromEnv, type BearerVerifier } from './auth/createBearerVerifier';
import { createCachingIdentitySigner } from './auth/createCachingIdentitySigner';
import type { GatewayContext } from './auth/gatewayContext';
import { createIdentitySigner, type IdentitySigner } from '../subgraphs/kit/identity/identityToken';
import { gatewayPrivateKeyPem } from '../subgraphs/kit/identity/keyMaterial';
import { createPublicRateLimitPlugin } from './limits/createPublicRateLimitPlugin';
import { createQueryLimits } from './limits/createQueryLimits';
import { publicRateLimitsFromEnv, type PublicRateLimits } from './limits/publicRateLimits';
import { queryLimitsFromEnv, type QueryLimits } from './limits/queryLimits';
import { trustProxyFromEnv, type TrustProxy } from './limits/trustProxyFromEnv';
import { readSupergraphSubgraphs } from './readSupergraphSubgraphs';

export type SubgraphName = 'institutions' | 'records' | 'complaints' | 'repair';

export interface GatewayOptions {
  /** A composed supergraph; relative paths from the working directory. Default: schema/supergraph.graphql. */
  supergraphPath?: string;
  /** Addresses replacing the supergraph's placeholder routing URLs (`http://<name>:4000/graphql`). */
  subgraphUrls?: Partial<Record<SubgraphName, string>>;
  /** Deadline of each subgraph request. Default 10 000 ms. */
  subgraphTimeoutMs?: number;
  /** Deadline of each subgraph's readiness answer. Default 2 000 ms. */
  readinessTimeoutMs?: number;
  /** Depth, aliases, directives, tokens and cost of an operation; each one not given from GRAPHQL_MAX_* (limits/queryLimits.ts). */
  queryLimits?: Partial<QueryLimits>;
  /** The public's submissions and status lookups per client address and minute; each one not given from the environment (limits/publicRateLimits.ts). */
  publicRateLimits?: Partial<PublicRateLimits>;
  /** Express's 'trust proxy' (whose X-Forwarded-For gives the client address); default TRUST_PROXY, else false. */
  trustProxy?: TrustProxy;
  /** No GraphiQL, no introspection nor "did you mean" suggestions, no supergraph validation at start-up, no exposed query plans. */
  production?: boolean;
  logger?: Logger;
  /** Verifies clients' bearer tokens; by default from AUTH_* (see auth/createBearerVerifier.ts). */
  bearerVerifier?: BearerVerifier;
  /** Signs the identity handed to each subgraph; by default with GATEWAY_PRIVATE_KEY_FILE (or the development key). */
  identitySigner?: IdentitySigner;
  /** The clock of the exports' date (Annex 1's 时间); default the system clock. Tests move it with the subgraphs'. */
  now?: () => Date;
}

export interface Gateway {
  /** Not yet listening: start it with `listen` (subgraphs/kit/server/listen.ts). */
  app: Express;
  stop(): Promise<void>;
}

/** The static supergraph's routing URLs, with the overrides applied. */
function routingUrls(supergraphSdl: string, overrides: Partial<Record<string, string>>) {
  return readSupergraphSubgraphs(supergraphSdl).map(({ name, url }) => ({ name, url: overrides[name] ?? url }));
}

/**
 * The gateway: @apollo/server over @apollo/gateway with a static supergraph, POST /graphql,
 * GET /health/live, GET /health/ready, the ledger's exports (GET /exports/ledger.xlsx and
 * .csv, exports/createLedgerExportRouter.ts), and GraphiQL outside production.
 */
export async function createGateway(options: GatewayOptions = {}): Promise<Gateway> {
  const logger = options.logger ?? console;
  const production = options.production ?? false;
  const supergraphPath = options.supergraphPath ? resolve(options.supergraphPath) : join(schemaDir(), 'supergraph.graphql');
  const supergraphSdl = readFileSync(supergraphPath, 'utf8');
  const subgraphs = routingUrls(supergraphSdl, options.subgraphUrls ?? {});
  const urlByName = new Map(subgraphs.map(({ name, url }) => [name, url]));
  const fetcher = createSubgraphFetcher({ timeoutMs: options.subgraphTimeoutMs ?? 10_000 });
  const readinessFetcher = createSubgraphFetcher({ timeoutMs: options.readinessTimeoutMs ?? 2_000 });

  const bearerVerifier = options.bearerVerifier ?? bearerVerifierFromEnv();
  const signer = createCachingIdentitySigner(options.identitySigner ?? (await createIdentitySigner(gatewayPrivateKeyPem())));
  const queryLimits = { ...queryLimitsFromEnv(), ...options.queryLimits };
  const limits = createQueryLimits<GatewayContext>(queryLimits, { production });
  const publicRateLimits = { ...publicRateLimitsFromEnv(), ...options.publicRateLimits };

  // Read by ApolloGateway's constructor; main.ts sets it too, this covers other entry points.
  process.env.APOLLO_TELEMETRY_DISABLED = '1';
  const gateway = new ApolloGateway({
    supergraphSdl,
    logger,
    validateSupergraph: !production,
    __exposeQueryPlanExperimental: !production,
    buildService: ({ name, url }) =>
      createSubgraphDataSource({ name, url: urlByName.get(name) ?? url ?? '', fetcher: fetcher.fetch, logger, signer }),
  });
  const server = new ApolloServer<GatewayContext>({
    gateway,
    logger,
    introspection: !production,
    csrfPrevention: true,
    // main.ts closes the listener first, then calls stop(); Apollo's own handler would re-raise the signal.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    // With introspection off, "Did you mean …?" in an error would show the schema all the same.
    hideSchemaDetailsFromClientErrors: production,
    formatError: createFormatGatewayError(logger, { maxTokens: queryLimits.maxTokens }),
    parseOptions: limits.parseOptions,
    validationRules: [createInputLiteralsRule(), ...limits.validationRules],
    plugins: [
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      createOperationResolutionPlugin(),
      createInputVariablesPlugin({ hideSuggestions: production }),
      ...limits.plugins,
      createPublicRateLimitPlugin(publicRateLimits),
    ],
  });
  await server.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? trustProxyFromEnv());
  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/health/ready', async (_req, res) => {
    const readiness = await checkSubgraphsReady(readinessFetcher.fetch, subgraphs);
    res.status(readiness.status === 'ok' ? 200 : 503).json(readiness);
  });
  if (!production) app.use(createGraphiqlRouter());
  app.use(createLedgerExportRouter({ server, bearerVerifier, logger, now: options.now ?? (() => new Date()) }));
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(server, {
      context: async ({ req }) => ({
        identity: await bearerVerifier.identify(req.header('authorization'), req.ip),
        identityTokens: new Map<string, Promise<string>>(),
      }),
    }),
  );
  app.use(jsonErrorHandler);

  return {
    app,
    stop: async () => {
      await server.stop();
      fetcher.close();
      readinessFetcher.close();
    },
  };
}
