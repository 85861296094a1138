import type { Server } from 'node:http';

// Before any Apollo module loads: the modules below are imported only after this line runs.
process.env.APOLLO_TELEMETRY_DISABLED = '1';

/** Stops accepting, lets requests in flight finish for up to `graceMs`, then cuts what is left. */
function closeServer(server: Server, graceMs: number): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(() => {
      server.closeAllConnections();
      done();
    }, graceMs);
    server.close(() => {
      clearTimeout(timer);
      done();
    });
  });
}

async function main(): Promise<void> {
  const { createGateway } = await import('./createGateway');
  const { readGatewayEnv } = await import('./readGatewayEnv');
  const { listen } = await import('../subgraphs/kit/server/listen');

  const { port, host, options } = readGatewayEnv(process.env);
  const gateway = await createGateway(options);
  const listening = await listen(gateway.app, port, host).catch((error: unknown) => {
    throw new Error(`cannot listen on GATEWAY_HOST=${host} GATEWAY_PORT=${port}: ${error instanceof Error ? error.message : String(error)}`);
  });
  const base = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${listening.port}`;
  console.log(`gateway listening on ${host}:${listening.port}: ${base}/graphql${options.production ? '' : ` (GraphiQL at ${base}/graphiql)`}`);

  const shutdown = async (signal: NodeJS.Signals) => {
    console.log(`gateway: ${signal}, closing`);
    await closeServer(listening.server, (options.subgraphTimeoutMs ?? 10_000) + 1_000);
    await gateway.stop();
    process.exit(0);
  };
  process.once('SIGTERM', (signal) => void shutdown(signal));
  process.once('SIGINT', (signal) => void shutdown(signal));
}

main().catch((error: unknown) => {
  console.error('gateway failed to start', error);
  process.exit(1);
});
