/** How long a stopping process may take before it gives up and exits 1 (below Kubernetes' 30 s grace). */
const DEFAULT_SHUTDOWN_TIMEOUT_MS = 25_000;

function shutdownTimeoutMs(env: NodeJS.ProcessEnv): number {
  const text = env.SHUTDOWN_TIMEOUT_MS;
  if (text === undefined || text === '') return DEFAULT_SHUTDOWN_TIMEOUT_MS;
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`SHUTDOWN_TIMEOUT_MS must be a positive whole number of milliseconds, not "${text}"`);
  return value;
}

/**
 * On the first SIGTERM or SIGINT runs `close` (stop accepting, finish requests in flight,
 * close storage) and exits 0. Exits 1 if `close` fails, if it has not finished after
 * SHUTDOWN_TIMEOUT_MS (default 25 s), or on a second signal (an operator's "stop now").
 */
export function shutdownOnSignal(label: string, close: () => Promise<void>, env: NodeJS.ProcessEnv = process.env): void {
  const timeoutMs = shutdownTimeoutMs(env);
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      console.error(`${label}: second ${signal}, exiting without waiting`);
      process.exit(1);
    }
    stopping = true;
    console.log(`${label}: ${signal}, finishing the requests in flight`);
    setTimeout(() => {
      console.error(`${label}: not stopped after ${timeoutMs} ms, exiting`);
      process.exit(1);
    }, timeoutMs).unref();
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`${label}: stopping failed`, error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
