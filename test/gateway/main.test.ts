import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { listen } from '../../subgraphs/kit/server/listen';

const ROOT = join(__dirname, '../..');
const children: ChildProcess[] = [];

// Production refuses the development keys: give it keys of its own (an empty JWKS is enough to start).
const keyDir = mkdtempSync(join(tmpdir(), 'gateway-keys-'));
const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
writeFileSync(join(keyDir, 'identity.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }));
writeFileSync(join(keyDir, 'jwks.json'), JSON.stringify({ keys: [] }));
const PRODUCTION_KEYS = { GATEWAY_PRIVATE_KEY_FILE: join(keyDir, 'identity.pem'), AUTH_JWKS_FILE: join(keyDir, 'jwks.json') };

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
});

function startMain(env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'gateway/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, GATEWAY_HOST: '127.0.0.1', NODE_ENV: 'production', ...PRODUCTION_KEYS, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return child;
}

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

/** The exit code and everything written to stderr, for a process expected to stop by itself. */
async function failure(child: ChildProcess): Promise<{ code: number | null; stderr: string }> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const [code] = await once(child, 'exit');
  return { code, stderr };
}

test('main.ts starts on GATEWAY_PORT, says where it listens, and exits 0 on SIGTERM', async () => {
  const child = startMain({ GATEWAY_PORT: '0' });
  const [, port] = await waitForLine(child, /gateway listening on 127\.0\.0\.1:(\d+)/);
  const live = await fetch(`http://127.0.0.1:${port}/health/live`);
  expect(live.status).toBe(200);

  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  expect(await exited).toEqual([0, null]);
});

test('a subgraph URL that is not one stops the start with an error naming the variable', async () => {
  const { code, stderr } = await failure(startMain({ GATEWAY_PORT: '0', RECORDS_URL: 'not-a-url' }));
  expect(code).toBe(1);
  expect(stderr).toContain('RECORDS_URL must be an http:// or https:// URL');
});

test('a GATEWAY_PORT already in use stops the start with an error naming the variable', async () => {
  const taken = await listen(express(), 0, '127.0.0.1');
  try {
    const { code, stderr } = await failure(startMain({ GATEWAY_PORT: String(taken.port) }));
    expect(code).toBe(1);
    expect(stderr).toContain(`GATEWAY_PORT=${taken.port}`);
    expect(stderr).toContain('EADDRINUSE');
  } finally {
    await taken.close();
  }
});
