/**
 * Preloaded (`node --require`) into every process the benchmark forks. A forked child keeps an
 * IPC channel to the runner; when the runner dies, even by SIGKILL, the channel closes, and the
 * child stops itself instead of living on as an orphan holding a port and a database pool.
 */
const STOP_AFTER_MS = 5_000;

if (process.send) {
  process.on('disconnect', () => {
    // SIGTERM first, so a service closes its pool as on any stop; a hard exit if that hangs.
    setTimeout(() => process.exit(1), STOP_AFTER_MS).unref();
    process.kill(process.pid, 'SIGTERM');
  });
}
