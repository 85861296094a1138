import { parseArgs } from 'node:util';
import type { BenchDriver } from './createBenchStorage';

export interface BenchOptions {
  seed: number;
  driver: BenchDriver;
  mysqlUrl: string;
  /** The MySQL databases are `${prefix}institutions` and so on. */
  prefix: string;
  /** Seconds of each measured run. */
  durationSeconds: number;
  /** Seconds of the discarded warm-up run before a target's first measured run. */
  warmupSeconds: number;
  connections: number;
  rounds: number;
  /** Scenario names to run (all when empty). */
  only: string[];
  /** Run the ledger growth (100 / 5,000 entries) as well. */
  growth: boolean;
  /** Keep the bench databases after the run (to look at them). */
  keep: boolean;
  quick: boolean;
}

export const USAGE = `npm run bench -- [--seed 42] [--driver mysql|sqlite] [--prefix bench_] [--duration 10] [--warmup 3] [--connections 20]
                    [--rounds 2] [--only <scenario>]… [--no-growth] [--keep] [--quick]
  --quick: a smoke run (2 s runs, 1 s warm-up, 4 connections); MYSQL_URL (default mysql://root@127.0.0.1:3306) for mysql.`;

function whole(text: string | undefined, fallback: number, name: string, min: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be a whole number ≥ ${min}, not "${text}"\n${USAGE}`);
  return value;
}

/** The benchmark's options from its command line (after `npm run bench --`) and MYSQL_URL. */
export function readBenchOptions(argv: string[], env: NodeJS.ProcessEnv): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      seed: { type: 'string' },
      prefix: { type: 'string' },
      driver: { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string' },
      rounds: { type: 'string' },
      only: { type: 'string', multiple: true },
      'no-growth': { type: 'boolean' },
      keep: { type: 'boolean' },
      quick: { type: 'boolean' },
    },
    strict: true,
  });
  const driver = values.driver ?? 'mysql';
  if (driver !== 'mysql' && driver !== 'sqlite') throw new Error(`--driver must be mysql or sqlite, not "${driver}"\n${USAGE}`);
  const quick = values.quick ?? false;
  const prefix = values.prefix ?? 'bench_';
  if (!/^[A-Za-z0-9_]{1,40}$/.test(prefix)) throw new Error(`--prefix must be 1 to 40 of A-Z, a-z, 0-9 and _, not "${prefix}"\n${USAGE}`);
  return {
    seed: whole(values.seed, 42, 'seed', 0),
    driver,
    mysqlUrl: env.MYSQL_URL || 'mysql://root@127.0.0.1:3306',
    prefix,
    durationSeconds: whole(values.duration, quick ? 2 : 10, 'duration', 1),
    warmupSeconds: whole(values.warmup, quick ? 1 : 3, 'warmup', 0),
    connections: whole(values.connections, quick ? 4 : 20, 'connections', 1),
    rounds: whole(values.rounds, 2, 'rounds', 1),
    only: values.only ?? [],
    growth: !(values['no-growth'] ?? false),
    keep: values.keep ?? false,
    quick,
  };
}
