import type { SubgraphName } from '../../scripts/composeSupergraph';
import type { DemoUser } from '../../subgraphs/kit/demo/demoUsers';
import type { BenchDataSet } from '../seed/seedBenchData';

/** Who a run goes to: our gateway, the two peer gateways, or the one subgraph that answers the operation. */
export const TARGETS = ['ours', 'apollo', 'hive', 'direct'] as const;
export type TargetName = (typeof TARGETS)[number];

/** A GraphQL request body as sent over HTTP. */
export interface OperationBody {
  query: string;
  variables: Record<string, unknown>;
}

/** Stands for a write's idempotency key in a body: the load generator puts a fresh key in each request. */
export const UNIQUE_KEY = '__BENCH_UNIQUE_KEY__';

export interface ScenarioContext {
  data: BenchDataSet;
  /** Asks our gateway as the scenario's caller and returns `data` (errors throw): what a scenario looks up once, before the runs. */
  ask(body: OperationBody): Promise<unknown>;
}

/** One benchmark scenario, as data: who asks, what, with which variables, against which targets. */
export interface Scenario {
  name: string;
  title: string;
  /** Who asks (a development token is minted for them); null is the anonymous public. */
  caller(data: BenchDataSet): DemoUser | null;
  /** The subgraph a direct call goes to, when that one subgraph answers the whole operation. */
  direct?: SubgraphName;
  /** Only these targets (e.g. growth runs against our gateway alone); default all that apply. */
  targets?: readonly TargetName[];
  /** A write: its bodies hold UNIQUE_KEY. */
  write?: boolean;
  /** When a connection's bodies are one unit (a ledger's pages): what the unit is called, reported per unit and per page. */
  sequence?: string;
  /**
   * Run until each connection has walked its bodies `perConnection` times rather than for a
   * duration: for operations so slow that a timed run would end before a walk does.
   */
  walks?: { connections: number; perConnection: number };
  /** The bodies each connection sends in order, again and again. */
  bodies(context: ScenarioContext): Promise<OperationBody[]>;
}

/** The targets a scenario runs against. */
export function targetsOf(scenario: Scenario): TargetName[] {
  return TARGETS.filter((target) => (scenario.targets ? scenario.targets.includes(target) : target !== 'direct' || scenario.direct !== undefined));
}
