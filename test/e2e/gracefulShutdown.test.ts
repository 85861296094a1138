import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname } from 'node:path';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { createDataSource } from '../../subgraphs/kit/data/createDataSource';
import { demoEntities } from '../../subgraphs/kit/demo/demoCast';
import type { StorageConfig } from '../../subgraphs/kit/data/storageConfig';
import { mintDevToken } from '../../subgraphs/kit/identity/mintDevToken';
import { createTestStorage, testDrivers } from '../support/testStorage';

/**
 * SIGTERM to a service run as production runs it (its own process): it stops accepting, the
 * request in flight (a mutation waiting on a row another connection holds) finishes and is
 * stored, storage is closed, and it exits 0 — or 1 when something hangs past SHUTDOWN_TIMEOUT_MS.
 */
jest.setTimeout(60_000);

const ROOT = join(__dirname, '../..');
const USCC = demoEntities.changshaClean.uscc;
const NAMES = ['institutions', 'records', 'complaints', 'repair'];
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

/** The environment that puts every subgraph of `storageFor` where a deployment would. */
function storageEnv(storageFor: (name: string) => StorageConfig): Record<string, string> {
  const storage = storageFor('institutions');
  for (const name of NAMES.slice(1)) storageFor(name);
  if (storage.driver === 'sqlite') return { DATA_DIR: dirname(storage.file) };
  return { MYSQL_URL: storage.url, MYSQL_DATABASE_PREFIX: storage.database.slice(0, -'institutions'.length) };
}

function start(script: string, env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', script], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

async function waitFor(child: ChildProcess, output: () => string, pattern: RegExp, ms = 40_000): Promise<RegExpMatchArray> {
  const deadline = Date.now() + ms;
  for (;;) {
    const match = output().match(pattern);
    if (match) return match;
    if (child.exitCode !== null) throw new Error(`exited (${child.exitCode}) before ${pattern}:\n${output()}`);
    if (Date.now() > deadline) throw new Error(`no ${pattern} within ${ms} ms:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function refused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

/**
 * Another connection holding the institution's row, as a slow transaction would (MySQL only:
 * SQLite's lock wait blocks the whole process, so there the request completes before the signal).
 */
async function lockInstitution(storage: StorageConfig & { driver: 'mysql' }): Promise<{ release(): Promise<void> }> {
  const connection = await createConnection({ uri: storage.url });
  await connection.query('BEGIN');
  await connection.query(`SELECT id FROM ${connection.escapeId(storage.database)}.institution WHERE uscc = ? FOR UPDATE`, [USCC]);
  return {
    release: async () => {
      await connection.query('COMMIT');
      await connection.end();
    },
  };
}

async function storedStatus(storage: StorageConfig): Promise<unknown> {
  const dataSource = await createDataSource({ storage, entities: [], migrations: [] });
  try {
    return await dataSource.query('SELECT businessStatus FROM institution WHERE uscc = ?', [USCC]);
  } finally {
    await dataSource.destroy();
  }
}

/** Connections of the service still open on the MySQL server (its databases share the prefix). */
async function openConnections(storage: StorageConfig): Promise<number> {
  if (storage.driver === 'sqlite') return 0;
  const prefix = storage.database.slice(0, -'institutions'.length);
  const connection = await createConnection({ uri: storage.url });
  try {
    const [rows] = await connection.query('SELECT COUNT(*) AS n FROM information_schema.PROCESSLIST WHERE DB LIKE ?', [`${prefix}%`]);
    return Array.isArray(rows) ? Number(Object.values(rows[0])[0]) : -1;
  } finally {
    await connection.end();
  }
}

const MUTATION = `mutation { updateBusinessStatus(uscc: "${USCC}", status: DEREGISTERED, reason: "已注销") { businessStatus } }`;

describe.each(testDrivers())('graceful shutdown on %s', (driver) => {
  const storage = createTestStorage(driver);
  afterAll(() => storage.cleanup());

  it('npm start (scripts/startAll.ts): SIGTERM finishes the mutation in flight, refuses new connections, closes storage, exits 0', async () => {
    const institutions = storage.storageFor('institutions');
    const ports = { GATEWAY_PORT: '0', INSTITUTIONS_PORT: '0', RECORDS_PORT: '0', COMPLAINTS_PORT: '0', REPAIR_PORT: '0' };
    const { child, output } = start('scripts/startAll.ts', { ...storageEnv(storage.storageFor), ...ports, DEMO_DATA: 'true' });
    const [, port] = await waitFor(child, output, /GraphiQL and API\s+http:\/\/localhost:(\d+)\/graphql/);
    const authorization = `Bearer ${await mintDevToken({ role: 'NATIONAL_REGULATOR', subject: 'shutdown-test' })}`;

    // Warm up (first-request work on a busy machine) so the mutation reaches its row well within the gateway's timeout.
    const warm = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query: `{ institution(uscc: "${USCC}") { businessStatus } }` }),
    });
    expect(await warm.json()).toEqual({ data: { institution: { businessStatus: 'OPERATING' } } });
    const lock = institutions.driver === 'mysql' ? await lockInstitution(institutions) : null;
    const inFlight = fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query: MUTATION }),
    });
    let answered = false;
    void inFlight.finally(() => (answered = true));
    if (lock) {
      // Long enough to reach the held row (the request was warmed up), well within the gateway's 10 s subgraph timeout.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(answered).toBe(false);
    }
    // On SQLite the request is done and its keep-alive socket stays open, idle: it must not hold the stop.
    if (institutions.driver === 'sqlite') expect((await inFlight).status).toBe(200);
    const exited = once(child, 'exit');
    const signalledAt = Date.now();
    child.kill('SIGTERM');
    await waitFor(child, output, /system: SIGTERM, finishing/);
    expect(await refused(Number(port))).toBe(true);
    if (lock) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(child.exitCode).toBeNull();
      await lock.release();
    }

    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { updateBusinessStatus: { businessStatus: 'DEREGISTERED' } } });
    expect(await exited).toEqual([0, null]);
    expect(Date.now() - signalledAt).toBeLessThan(10_000);
    expect(await openConnections(institutions)).toBe(0);
    // A cleanly closed SQLite database removes its write-ahead log; a killed one leaves it.
    if (institutions.driver === 'sqlite') expect(existsSync(`${institutions.file}-wal`)).toBe(false);
    expect(await storedStatus(institutions)).toEqual([{ businessStatus: 'DEREGISTERED' }]);
  });
});
