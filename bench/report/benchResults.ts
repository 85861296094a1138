import type { SubgraphName } from '../../scripts/composeSupergraph';
import type { LoadResult } from '../processes/loadPlan';
import type { BenchDataSet } from '../seed/seedBenchData';
import type { TargetName } from '../scenarios/scenario';

/** One measured run of one scenario against one target. */
export interface RunRecord {
  round: number;
  result: LoadResult;
  /** Peak resident memory during the run, MiB, by process (gateways, peers, subgraphs). */
  peakMiB: Record<string, number>;
  /**
   * CPU seconds each process used during the run (user + system), by process: the services, the
   * load generator ("load") and a local database server ("database"). Missing where unreadable.
   */
  cpuSeconds: Record<string, number>;
}

export interface TargetResult {
  target: TargetName;
  /** SQL statements by subgraph for one pass over the scenario's bodies (one request each), measured alone. */
  statements: Record<SubgraphName, number>;
  /** Why the statement pass or the warm-up failed, if it did. */
  setupFailure: string | null;
  runs: RunRecord[];
}

export interface ScenarioResult {
  name: string;
  title: string;
  /** A connection's bodies as one unit (the whole ledger), when they are. */
  sequence: string | null;
  /** The subgraph a direct call goes to, if any. */
  direct: SubgraphName | null;
  /** How many request bodies a pass has (the ledger's pages; the variants of other scenarios). */
  bodies: number;
  targets: TargetResult[];
}

/** Everything one `npm run bench` measured: the JSON kept beside docs/performance.md. */
export interface BenchResults {
  generatedAt: string;
  command: string;
  machine: { cpuModel: string; cores: number; memoryGiB: number; os: string; kernel: string };
  node: string;
  database: string;
  packages: Record<string, string>;
  options: { driver: string; seed: number; durationSeconds: number; warmupSeconds: number; connections: number; rounds: number };
  seeding: { migrateSeconds: number; seedSeconds: number; rows: Record<string, Record<string, number>> };
  /** What the scenarios asked about. */
  dataSet: BenchDataSet;
  memoryMethod: string;
  scenarios: ScenarioResult[];
}
