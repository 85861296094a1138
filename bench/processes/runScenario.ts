import { SUBGRAPH_NAMES, type SubgraphName } from '../../scripts/composeSupergraph';
import type { Identity } from '../../subgraphs/kit/identity/identity';
import { createIdentitySigner, IDENTITY_HEADER } from '../../subgraphs/kit/identity/identityToken';
import { gatewayPrivateKeyPem } from '../../subgraphs/kit/identity/keyMaterial';
import { mintDevToken } from '../../subgraphs/kit/identity/mintDevToken';
import type { RunRecord, ScenarioResult, TargetResult } from '../report/benchResults';
import { targetsOf, UNIQUE_KEY, type Scenario, type TargetName } from '../scenarios/scenario';
import type { ProcessGroup } from './createProcessGroup';
import type { PeakMemoryProbe } from './createPeakMemoryProbe';
import type { LoadPlan, LoadResult } from './loadPlan';
import { loadReply } from './loadReply';
import { loadShape, type LoadShape } from './loadShape';
import { postOperation } from './postOperation';
import { readCpuSeconds } from './readCpuSeconds';
import type { BenchOptions } from './readBenchOptions';
import { responseFailure } from './responseFailure';
import type { BenchDataSet } from '../seed/seedBenchData';
import type { BenchSystem } from './startBenchSystem';
import { resetDone, statementCount } from './subgraphMessages';
import { targetOrder } from './targetOrder';

export interface ScenarioRunner {
  system: BenchSystem;
  group: ProcessGroup;
  /** Peak memory probes by process name. */
  probes: Record<string, PeakMemoryProbe>;
  /** The processes whose CPU time is measured per run, by name (the services, the load generator, a local database). */
  cpuPids: Record<string, number>;
  data: BenchDataSet;
  options: BenchOptions;
  log(line: string): void;
}

interface Endpoint {
  url: string;
  headers: Record<string, string>;
  signedIdentity?: LoadPlan['signedIdentity'];
}

const CLIENT_ADDRESS = '127.0.0.1';
/** The least wait after a timed run, for the requests it left in flight (longer when its slowest request was). */
const SETTLE_MS = 1_000;
const MAX_SETTLE_MS = 15_000;
const LOAD_TIMEOUT_MS = 15 * 60_000;
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const withKey = (text: string, key: string) => text.replace(UNIQUE_KEY, key);

function endpointOf(target: TargetName, scenario: Scenario, runner: ScenarioRunner, authorization: string | undefined, identity: Identity): Endpoint {
  if (target === 'direct') {
    if (!scenario.direct) throw new Error(`${scenario.name} has no direct subgraph`);
    return { url: runner.system.subgraphs[scenario.direct].url, headers: {}, signedIdentity: { identity, audience: scenario.direct } };
  }
  return { url: runner.system.gateways[target].url, headers: authorization ? { authorization } : {} };
}

async function signedHeaders(endpoint: Endpoint): Promise<Record<string, string>> {
  if (!endpoint.signedIdentity) return endpoint.headers;
  const signer = await createIdentitySigner(gatewayPrivateKeyPem());
  return { ...endpoint.headers, [IDENTITY_HEADER]: await signer.sign(endpoint.signedIdentity.identity, endpoint.signedIdentity.audience) };
}

/**
 * SQL statements by subgraph for one pass over the bodies, one request at a time, nothing else
 * running: a first pass warms what is cached per process, the second is counted.
 */
async function countStatements(runner: ScenarioRunner, endpoint: Endpoint, texts: string[], keyPrefix: string): Promise<{ statements: Record<SubgraphName, number>; failure: string | null }> {
  const { subgraphs } = runner.system;
  const headers = await signedHeaders(endpoint);
  const pass = async (label: string) => {
    let failure: string | null = null;
    for (const [index, text] of texts.entries()) {
      const { status, text: answer } = await postOperation(endpoint.url, headers, withKey(text, `${keyPrefix}-${label}-${index}`));
      failure ??= responseFailure(status, answer);
    }
    return failure;
  };
  const warmFailure = await pass('warm');
  for (const name of SUBGRAPH_NAMES) await subgraphs[name].request({ type: 'reset' }, resetDone);
  const failure = (await pass('count')) ?? warmFailure;
  const statements: Record<SubgraphName, number> = { institutions: 0, records: 0, complaints: 0, repair: 0 };
  for (const name of SUBGRAPH_NAMES) statements[name] = await subgraphs[name].request({ type: 'read' }, statementCount);
  return { statements, failure };
}

async function load(runner: ScenarioRunner, endpoint: Endpoint, texts: string[], write: boolean, shape: LoadShape): Promise<LoadResult> {
  const plan: LoadPlan = {
    url: endpoint.url,
    headers: endpoint.headers,
    bodies: texts,
    uniqueKeyPlaceholder: write ? UNIQUE_KEY : undefined,
    signedIdentity: endpoint.signedIdentity,
    ...shape,
  };
  const reply = await runner.system.load.request({ type: 'run', plan }, loadReply, LOAD_TIMEOUT_MS);
  if (reply.type === 'failed') throw new Error(`the load generator failed: ${reply.message}`);
  // A timed run stops with requests in flight; the next one must not pay for them.
  if ('durationSeconds' in shape.until) await settle(Math.min(MAX_SETTLE_MS, Math.max(SETTLE_MS, reply.result.latency.max)));
  return reply.result;
}

/** A failure, with what the processes that served it printed last (their stderr explains an INTERNAL_SERVER_ERROR). */
function logFailure(runner: ScenarioRunner, scenario: Scenario, target: TargetName, failure: string): void {
  const { gateways, subgraphs } = runner.system;
  const involved = [...(target === 'direct' ? [] : [gateways[target]]), ...Object.values(subgraphs)];
  const output = involved.map((child) => `--- ${child.name} (last lines):\n${child.recentOutput() || '(nothing)'}`).join('\n');
  runner.log(`${scenario.name} → ${target} FAILED: ${failure}\n${output}`);
}

function cpuTimes(pids: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(pids).flatMap(([name, pid]) => {
    const seconds = readCpuSeconds(pid);
    return seconds === null ? [] : [[name, seconds]];
  }));
}

const failed = (result: LoadResult) => result.non2xx + result.graphqlErrors + result.transportErrors > 0;

function summaryLine(result: LoadResult): string {
  const status = failed(result) ? `FAILED (${result.non2xx} non-2xx, ${result.graphqlErrors} with errors, ${result.transportErrors} transport): ${result.firstFailure}` : 'ok';
  return `${result.requestsPerSecond.toFixed(1)} req/s, p50 ${result.latency.p50.toFixed(1)} ms, p95 ${result.latency.p95.toFixed(1)} ms, p99 ${result.latency.p99.toFixed(1)} ms — ${status}`;
}

/**
 * One scenario against each of its targets: the statement pass and a discarded warm-up per
 * target, then `rounds` measured runs per target in alternating orders, with the peak memory
 * of every process per run. A process that crashed stops the whole benchmark.
 */
export async function runScenario(scenario: Scenario, runner: ScenarioRunner): Promise<ScenarioResult> {
  const { data, options, log } = runner;
  const caller = scenario.caller(data);
  const authorization = caller ? `Bearer ${await mintDevToken(caller)}` : undefined;
  const identity: Identity = caller ? { ...caller, clientAddress: CLIENT_ADDRESS } : { role: 'PUBLIC', subject: '', clientAddress: CLIENT_ADDRESS };
  const ours = runner.system.gateways.ours.url;
  const ask = async (body: object) => {
    const { status, text } = await postOperation(ours, authorization ? { authorization } : {}, JSON.stringify(body));
    const failure = responseFailure(status, text);
    if (failure) throw new Error(`${scenario.name}: looking up its variables failed: ${failure}`);
    const answer: unknown = JSON.parse(text);
    return typeof answer === 'object' && answer !== null && 'data' in answer ? answer.data : null;
  };
  const texts = (await scenario.bodies({ data, ask })).map((body) => JSON.stringify(body));
  if (texts.length === 0) throw new Error(`${scenario.name}: the data set gives it nothing to ask`);
  const targets = targetsOf(scenario);
  const endpoints = new Map(targets.map((target) => [target, endpointOf(target, scenario, runner, authorization, identity)] as const));
  const results = new Map<TargetName, TargetResult>();
  // Counted before this scenario loads anything, once requests of the previous scenario's last run have finished.
  await settle(SETTLE_MS);
  for (const target of targets) {
    const endpoint = endpoints.get(target);
    if (!endpoint) continue;
    const { statements, failure } = await countStatements(runner, endpoint, texts, `bench-count-${scenario.name}-${target}`);
    log(`${scenario.name} → ${target}: statements per pass ${JSON.stringify(statements)}`);
    if (failure) logFailure(runner, scenario, target, `statement pass: ${failure}`);
    results.set(target, { target, statements, setupFailure: failure && `statement pass: ${failure}`, runs: [] });
  }
  const warmUp = loadShape(scenario, texts.length, options, 'warm-up');
  const measured = loadShape(scenario, texts.length, options, 'measured');
  for (const target of 'amount' in warmUp.until || warmUp.until.durationSeconds > 0 ? targets : []) {
    const endpoint = endpoints.get(target);
    const record = results.get(target);
    if (!endpoint || !record) continue;
    const warmup = await load(runner, endpoint, texts, scenario.write ?? false, warmUp);
    if (failed(warmup)) {
      record.setupFailure ??= `warm-up: ${warmup.firstFailure}`;
      logFailure(runner, scenario, target, `warm-up: ${warmup.firstFailure}`);
    }
  }
  for (let round = 0; round < options.rounds; round++) {
    for (const target of targetOrder(targets, round)) {
      const endpoint = endpoints.get(target);
      const record = results.get(target);
      if (!endpoint || !record) continue;
      for (const probe of Object.values(runner.probes)) probe.reset();
      const cpuBefore = cpuTimes(runner.cpuPids);
      const result = await load(runner, endpoint, texts, scenario.write ?? false, measured);
      const cpuAfter = cpuTimes(runner.cpuPids);
      const peakMiB = Object.fromEntries(Object.entries(runner.probes).map(([name, probe]) => [name, probe.peakMiB()]));
      const crash = runner.group.crashed();
      if (crash) throw new Error(`a process crashed during ${scenario.name} → ${target}: ${crash}`);
      const cpuSeconds = Object.fromEntries(Object.entries(cpuAfter).flatMap(([name, after]) => (cpuBefore[name] === undefined ? [] : [[name, after - cpuBefore[name]]])));
      const run: RunRecord = { round: round + 1, result, peakMiB, cpuSeconds };
      record.runs.push(run);
      log(`${scenario.name} → ${target}, round ${round + 1}: ${summaryLine(result)}`);
      if (failed(result)) logFailure(runner, scenario, target, result.firstFailure ?? 'failed');
    }
  }
  return { name: scenario.name, title: scenario.title, sequence: scenario.sequence ?? null, direct: scenario.direct ?? null, bodies: texts.length, targets: [...results.values()] };
}
