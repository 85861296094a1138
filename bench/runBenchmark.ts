// Before any Apollo module loads in this process (mintDevToken and the kit import none, but be sure).
process.env.APOLLO_TELEMETRY_DISABLED = '1';

import 'reflect-metadata';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { createBenchStorage, type BenchStorage } from './processes/createBenchStorage';
import { createPeakMemoryProbe, type PeakMemoryProbe } from './processes/createPeakMemoryProbe';
import { createProcessGroup } from './processes/createProcessGroup';
import { findLocalDatabasePid } from './processes/findLocalDatabasePid';
import { readBenchOptions, type BenchOptions } from './processes/readBenchOptions';
import { runScenario } from './processes/runScenario';
import { seedFreshDatabases } from './processes/seedFreshDatabases';
import { startBenchSystem } from './processes/startBenchSystem';
import type { BenchResults, ScenarioResult } from './report/benchResults';
import { describeMachine, packageVersions } from './report/describeMachine';
import { renderPerformanceDoc } from './report/renderPerformanceDoc';
import { summarizeTarget } from './report/summarizeTarget';
import { allScenarios, growthScenarios } from './scenarios/allScenarios';

const ROOT = process.cwd();
const RESULTS_FILE = join(ROOT, 'bench', 'results', 'latest.json');
const QUICK_RESULTS_FILE = join(ROOT, 'bench', 'results', 'quick.json');
const DOC_FILE = join(ROOT, 'docs', 'performance.md');

const log = (line: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

async function databaseVersion(storage: BenchStorage, options: BenchOptions): Promise<string> {
  if (storage.driver === 'sqlite') return 'SQLite (better-sqlite3, WAL)';
  const connection = await createConnection({ uri: options.mysqlUrl });
  try {
    const [rows] = await connection.query('SELECT VERSION() AS version');
    const first: unknown = Array.isArray(rows) ? rows[0] : undefined;
    const version = typeof first === 'object' && first !== null && 'version' in first ? String(first.version) : 'unknown';
    return `MySQL protocol, server ${version}`;
  } finally {
    await connection.end();
  }
}

function chosenScenarios(options: BenchOptions) {
  const all = [...allScenarios, ...(options.growth ? growthScenarios : [])];
  if (options.only.length === 0) return all;
  const unknown = options.only.filter((name) => !all.some((scenario) => scenario.name === name));
  if (unknown.length) throw new Error(`unknown scenario ${unknown.join(', ')}; there are ${all.map(({ name }) => name).join(', ')}`);
  return all.filter((scenario) => options.only.includes(scenario.name));
}

/**
 * `npm run bench`: fresh databases seeded with the benchmark's data set, every service in its own
 * process, each scenario run by a separate load process against our gateway, the Apollo and Hive
 * peers and (single-subgraph operations) the subgraph itself; writes bench/results/latest.json
 * and the tables of docs/performance.md. Exits 1 when a run failed (errors are not speed).
 */
async function main(): Promise<number> {
  const options = readBenchOptions(process.argv.slice(2), process.env);
  const scenarios = chosenScenarios(options);
  const group = createProcessGroup();
  const storage = createBenchStorage(options.driver, options.mysqlUrl, options.prefix);
  // No child may outlive the runner, however it ends: a signal, an exception, or a normal exit.
  process.once('exit', () => group.killAllNow());
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      log(`${signal}: stopping every process`);
      group
        .stopAll(3_000)
        .then(() => (options.keep ? undefined : storage.remove()))
        .then(() => storage.release())
        .finally(() => process.exit(130));
    });
  }
  const probes: Record<string, PeakMemoryProbe> = {};
  await storage.claim();
  try {
    log(`seeding ${options.driver} with seed ${options.seed}`);
    const seeded = await seedFreshDatabases(storage, options.seed);
    log(`seeded in ${seeded.seedSeconds.toFixed(1)} s (migrations ${seeded.migrateSeconds.toFixed(1)} s): ${JSON.stringify(seeded.dataSet.rows)}`);
    const system = await startBenchSystem(group, storage);
    for (const child of [...Object.values(system.gateways), ...Object.values(system.subgraphs)]) probes[child.name] = createPeakMemoryProbe(child.pid);
    const databasePid = options.driver === 'mysql' ? findLocalDatabasePid(options.mysqlUrl) : null;
    const cpuPids: Record<string, number> = {
      ...Object.fromEntries([...Object.values(system.gateways), ...Object.values(system.subgraphs), system.load].map((child) => [child.name, child.pid])),
      ...(databasePid === null ? {} : { database: databasePid }),
    };
    const memoryMethod = Object.values(probes)[0]?.method ?? 'VmHWM';
    log(`started; peak memory by ${memoryMethod}`);
    const results: ScenarioResult[] = [];
    for (const scenario of scenarios) results.push(await runScenario(scenario, { system, group, probes, cpuPids, data: seeded.dataSet, options, log }));
    const benchResults: BenchResults = {
      generatedAt: new Date().toISOString(),
      command: ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' '),
      machine: describeMachine(),
      node: process.version,
      database: await databaseVersion(storage, options),
      packages: packageVersions(ROOT),
      options: { driver: options.driver, seed: options.seed, durationSeconds: options.durationSeconds, warmupSeconds: options.warmupSeconds, connections: options.connections, rounds: options.rounds },
      seeding: { migrateSeconds: seeded.migrateSeconds, seedSeconds: seeded.seedSeconds, rows: seeded.dataSet.rows },
      dataSet: seeded.dataSet,
      memoryMethod,
      scenarios: results,
    };
    mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
    // A smoke run's figures are not the ones to publish: it keeps its JSON apart and leaves the document alone.
    const resultsFile = options.quick ? QUICK_RESULTS_FILE : RESULTS_FILE;
    writeFileSync(resultsFile, `${JSON.stringify(benchResults, null, 2)}\n`);
    if (options.quick) {
      log(`wrote ${resultsFile} (--quick: ${DOC_FILE} left as it is)`);
    } else {
      let previous: string | null = null;
      try {
        previous = readFileSync(DOC_FILE, 'utf8');
      } catch {
        previous = null;
      }
      writeFileSync(DOC_FILE, renderPerformanceDoc(benchResults, previous));
      log(`wrote ${resultsFile} and ${DOC_FILE}`);
    }
    const failed = results.flatMap((scenario) => scenario.targets.filter((target) => summarizeTarget(target).failed).map((target) => `${scenario.name} → ${target.target}`));
    if (failed.length) log(`FAILED runs (errors, not speed): ${failed.join(', ')}`);
    // A peer's failure is a finding of the benchmark (docs/performance.md says why Hive fails the ledger); ours or the direct call failing is a broken run.
    const ownFailed = results.some((scenario) => scenario.targets.some((target) => (target.target === 'ours' || target.target === 'direct') && summarizeTarget(target).failed));
    return ownFailed ? 1 : 0;
  } finally {
    for (const probe of Object.values(probes)) probe.stop();
    await group.stopAll();
    if (!options.keep) await storage.remove();
    await storage.release();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack ?? error.message : error);
    process.exit(1);
  },
);
