import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

/** A process whose shutdown work never ends (a hung request or pool), ready once it prints "ready". */
async function startHanging(env: Record<string, string>): Promise<ChildProcess> {
  const script = `require('./subgraphs/kit/server/shutdownOnSignal').shutdownOnSignal('hanging', () => new Promise(() => undefined)); setInterval(() => undefined, 1000); console.log('ready');`;
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', script], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
    child.once('exit', (code) => reject(new Error(`exited (${code}) before ready`)));
  });
  return child;
}

test('a shutdown that hangs past SHUTDOWN_TIMEOUT_MS exits 1', async () => {
  const child = await startHanging({ SHUTDOWN_TIMEOUT_MS: '300' });
  const exited = once(child, 'exit');
  const signalledAt = Date.now();
  child.kill('SIGTERM');
  expect(await exited).toEqual([1, null]);
  expect(Date.now() - signalledAt).toBeLessThan(3_000);
});

test('a second signal exits 1 at once', async () => {
  const child = await startHanging({ SHUTDOWN_TIMEOUT_MS: '60000' });
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(child.exitCode).toBeNull();
  child.kill('SIGTERM');
  expect(await exited).toEqual([1, null]);
});
