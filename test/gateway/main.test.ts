import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
let child: ChildProcess | undefined;

afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
});

/** Resolves with the first stdout line matching `pattern`. */
function waitForLine(gateway: ChildProcess, pattern: RegExp): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let output = '';
    gateway.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(pattern);
      if (match) resolve(match);
    });
    gateway.once('exit', (code) => reject(new Error(`gateway exited (${code}) before listening:\n${output}`)));
  });
}

test('main.ts starts on GATEWAY_PORT, says where it listens, and exits 0 on SIGTERM', async () => {
  child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'gateway/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, GATEWAY_PORT: '0', GATEWAY_HOST: '127.0.0.1', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [, port] = await waitForLine(child, /gateway listening on 127\.0\.0\.1:(\d+)/);
  const live = await fetch(`http://127.0.0.1:${port}/health/live`);
  expect(live.status).toBe(200);

  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  expect(await exited).toEqual([0, null]);
});
