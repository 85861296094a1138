// Before any Apollo module loads: the modules below are imported only after this line runs.
process.env.APOLLO_TELEMETRY_DISABLED = '1';

async function main(): Promise<void> {
  const { createGateway } = await import('./createGateway');
  const { readGatewayEnv } = await import('./readGatewayEnv');
  const { listen } = await import('../subgraphs/kit/server/listen');
  const { shutdownOnSignal } = await import('../subgraphs/kit/server/shutdownOnSignal');

  const { port, host, options } = readGatewayEnv(process.env);
  const gateway = await createGateway(options);
  const listening = await listen(gateway.app, port, host).catch((error: unknown) => {
    throw new Error(`cannot listen on GATEWAY_HOST=${host} GATEWAY_PORT=${port}: ${error instanceof Error ? error.message : String(error)}`);
  });
  const base = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${listening.port}`;
  console.log(`gateway listening on ${host}:${listening.port}: ${base}/graphql${options.production ? '' : ` (GraphiQL at ${base}/graphiql)`}`);

  // A request in flight waits for its subgraphs at most subgraphTimeoutMs.
  shutdownOnSignal('gateway', async () => {
    await listening.close((options.subgraphTimeoutMs ?? 10_000) + 1_000);
    await gateway.stop();
  });
}

main().catch((error: unknown) => {
  console.error('gateway failed to start', error);
  process.exit(1);
});
