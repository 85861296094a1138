import type { BenchResults, RunRecord, TargetResult } from '../../bench/report/benchResults';
import { GENERATED_END, GENERATED_START } from '../../bench/report/performanceTemplate';
import { renderPerformanceDoc } from '../../bench/report/renderPerformanceDoc';
import { summarizeTarget } from '../../bench/report/summarizeTarget';

const latency = (p50: number) => ({ count: 100, mean: p50, p50, p95: p50 * 2, p99: p50 * 3, max: p50 * 4 });

function run(round: number, rps: number, p50: number, failures: { graphqlErrors?: number; non2xx?: number } = {}): RunRecord {
  return {
    round,
    peakMiB: { ours: 200, apollo: 180, institutions: 150 },
    cpuSeconds: { ours: rps * 10 * 0.004, apollo: rps * 10 * 0.005, institutions: rps * 10 * 0.002, database: rps * 10 * 0.003 },
    result: {
      durationSeconds: 10, requests: rps * 10, requestsPerSecond: rps, latency: latency(p50), pages: [latency(p50)], sequences: latency(p50),
      non2xx: failures.non2xx ?? 0, graphqlErrors: failures.graphqlErrors ?? 0, transportErrors: 0,
      firstFailure: failures.graphqlErrors || failures.non2xx ? 'GraphQL errors: "errors":[…]' : null,
    },
  };
}

const statements = { institutions: 2, records: 0, complaints: 0, repair: 0 };
const target = (name: TargetResult['target'], runs: RunRecord[]): TargetResult => ({ target: name, statements, setupFailure: null, runs });

function results(apolloRuns: RunRecord[]): BenchResults {
  return {
    generatedAt: '2026-11-30T03:00:00.000Z',
    command: 'npm run bench -- --seed 42',
    machine: { cpuModel: 'Test CPU', cores: 2, memoryGiB: 8, os: 'Linux', kernel: '6.1' },
    node: 'v20.0.0',
    database: 'MySQL protocol, server 11.4',
    packages: { '@apollo/gateway': '2.14.4' },
    options: { driver: 'mysql', seed: 42, durationSeconds: 10, warmupSeconds: 3, connections: 20, rounds: 2 },
    seeding: { migrateSeconds: 3, seedSeconds: 30, rows: { institutions: { institution: 10000 } } },
    dataSet: {
      seed: 42, scale: 1, rows: { institutions: {}, records: {}, complaints: {}, repair: {} }, directoryTerms: [], crossAgencyUsccs: [],
      ledgerRegions: { 100: '450000', 1000: '360000', 5000: '440000' }, ledgerCounts: { 100: 100, 1000: 1000, 5000: 5000 }, leadUnitRegion: '440000', submissionTargets: [],
    },
    memoryMethod: 'VmHWM',
    scenarios: [
      {
        name: 'directory', title: 'Public directory page', sequence: null, direct: 'institutions', bodies: 1,
        targets: [target('ours', [run(1, 200, 10), run(2, 220, 12)]), target('apollo', apolloRuns), target('direct', [run(1, 800, 3), run(2, 800, 3)])],
      },
      ...[100, 1000, 5000].map((entries) => ({
        name: `growth-${entries}`, title: `Growth ${entries}`, sequence: 'whole ledger', direct: null, bodies: Math.ceil(entries / 200),
        targets: [{ ...target('ours', [run(1, 5, entries / 10)]), statements: { institutions: 2, records: 10, complaints: 1, repair: 3 } }],
      })),
    ],
  };
}

describe('docs/performance.md', () => {
  it('is written from the template the first time, with the figures, ratios, machine and command', () => {
    const doc = renderPerformanceDoc(results([run(1, 100, 20), run(2, 100, 20)]), null);
    expect(doc).toContain('npm run bench -- --seed 42');
    expect(doc).toContain('Test CPU, 2 cores, 8 GiB');
    expect(doc).toContain('| ours | ok | 210 (200, 220) | 11.0 | 22.0 | 33.0 | 0 / 0 / 0 | 2 / 0 / 0 / 0 | 200 |  |  |');
    // Ours serves 2.1 times the requests and its p95 is 0.55 of Apollo's.
    expect(doc).toContain('| apollo | ok | 100 (100, 100) | 20.0 | 40.0 | 60.0 | 0 / 0 / 0 | 2 / 0 / 0 / 0 | 180 | 2.10× | 0.55× |');
    expect(doc).toContain('| direct | ok | 800 (800, 800) | 3.0 | 6.0 | 9.0 | 0 / 0 / 0 | 2 / 0 / 0 / 0 | 150 | 0.26× | 3.67× |');
    expect(doc).toContain('## What limits each figure');
    // CPU per request: its gateway (the target's own process), each subgraph, the database, the load generator.
    expect(doc).toContain('| ours | 4.0 | 2.0 | — | — | — | 3.0 | — |');
  });

  it('marks a target whose responses carried errors as failed, not fast', () => {
    const apollo = [run(1, 5000, 1, { graphqlErrors: 3 }), run(2, 100, 20)];
    expect(summarizeTarget(target('apollo', apollo)).failed).toBe(true);
    const doc = renderPerformanceDoc(results(apollo), null);
    expect(doc).toMatch(/\| apollo \| \*\*FAILED\*\*: GraphQL errors/);
    // No ratio is drawn from a failed run.
    expect(doc).toMatch(/\| apollo \| \*\*FAILED\*\*[^\n]*\| — \| — \|\n/);
  });

  it('shows the growth of the ledger per whole ledger, with statements per page', () => {
    const doc = renderPerformanceDoc(results([run(1, 100, 20)]), null);
    expect(doc).toContain('| 100 | 1 | ok | 10.0 | 20.0 | 0.10 | 2 / 10 / 1 / 3 | 16 | 16.0 |');
    expect(doc).toContain('| 5,000 | 25 | ok | 500 | 1,000 | 0.10 | 2 / 10 / 1 / 3 | 16 | 0.6 |');
    expect(doc).not.toContain('### Growth 100');
  });

  it('keeps what was written by hand outside the markers and replaces the generated part', () => {
    const previous = `# Performance\n\nIntro by hand.\n\n${GENERATED_START}\nold tables\n${GENERATED_END}\n\n## What limits each figure\n\nThe directory is limited by LIKE scans.\n`;
    const doc = renderPerformanceDoc(results([run(1, 100, 20)]), previous);
    expect(doc).toContain('Intro by hand.');
    expect(doc).toContain('The directory is limited by LIKE scans.');
    expect(doc).not.toContain('old tables');
    expect(doc.indexOf(GENERATED_START)).toBeLessThan(doc.indexOf('## Setup'));
    expect(doc.indexOf('## Setup')).toBeLessThan(doc.indexOf(GENERATED_END));
  });
});
