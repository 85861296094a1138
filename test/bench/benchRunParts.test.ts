import { loadShape } from '../../bench/processes/loadShape';
import { readBenchOptions } from '../../bench/processes/readBenchOptions';
import { responseFailure } from '../../bench/processes/responseFailure';
import { targetOrder } from '../../bench/processes/targetOrder';
import { allScenarios } from '../../bench/scenarios/allScenarios';
import { pageInfoOf } from '../../bench/scenarios/pageInfoOf';
import { targetsOf } from '../../bench/scenarios/scenario';

describe('the benchmark run', () => {
  it('reads its options, with practical defaults for a 2-core machine and a short --quick', () => {
    const defaults = readBenchOptions([], {});
    expect(defaults).toMatchObject({ seed: 42, driver: 'mysql', mysqlUrl: 'mysql://root@127.0.0.1:3306', prefix: 'bench_', durationSeconds: 10, connections: 20, rounds: 2, only: [], growth: true });
    expect(readBenchOptions(['--quick'], {})).toMatchObject({ durationSeconds: 2, warmupSeconds: 1, connections: 4, rounds: 2, quick: true });
    const chosen = readBenchOptions(['--seed', '7', '--driver', 'sqlite', '--duration', '5', '--only', 'directory', '--only', 'submission', '--no-growth'], { MYSQL_URL: 'mysql://u@db:3306' });
    expect(chosen).toMatchObject({ seed: 7, driver: 'sqlite', durationSeconds: 5, only: ['directory', 'submission'], growth: false, mysqlUrl: 'mysql://u@db:3306' });
  });

  it('refuses options it cannot use', () => {
    expect(() => readBenchOptions(['--driver', 'postgres'], {})).toThrow(/--driver must be mysql or sqlite/);
    expect(() => readBenchOptions(['--duration', '0'], {})).toThrow(/--duration must be a whole number ≥ 1/);
    expect(() => readBenchOptions(['--connections', 'many'], {})).toThrow(/--connections/);
    expect(() => readBenchOptions(['--prefix', 'bench-1;'], {})).toThrow(/--prefix/);
    expect(() => readBenchOptions(['--bogus'], {})).toThrow();
  });

  it('counts a response as failed on a non-2xx status, GraphQL errors (even with partial data) or no data', () => {
    expect(responseFailure(200, '{"data":{"directory":{"nodes":[]}}}')).toBeNull();
    expect(responseFailure(503, 'unavailable')).toMatch(/^HTTP 503/);
    expect(responseFailure(200, '{"data":{"a":null},"errors":[{"message":"boom"}]}')).toMatch(/^GraphQL errors: "errors":\[\{"message":"boom"/);
    expect(responseFailure(200, '{"errors":[{"message":"bad"}]}')).toMatch(/^GraphQL errors/);
    expect(responseFailure(200, '{"data":null}')).toMatch(/^no data/);
  });

  it('alternates the order of the targets from round to round', () => {
    const targets = ['ours', 'apollo', 'hive', 'direct'];
    expect(targetOrder(targets, 0)).toEqual(['ours', 'apollo', 'hive', 'direct']);
    expect(targetOrder(targets, 1)).toEqual(['direct', 'hive', 'apollo', 'ours']);
    expect(targetOrder(targets, 2)).toEqual(['apollo', 'hive', 'direct', 'ours']);
    expect(targetOrder([], 3)).toEqual([]);
  });

  it('loads timed scenarios for the duration, and walked ones (the ledger) for a number of walks', () => {
    const options = readBenchOptions([], {});
    const [directory, , ledger] = allScenarios;
    expect(loadShape(directory, 5, options, 'measured')).toEqual({ connections: 20, until: { durationSeconds: 10 } });
    expect(loadShape(directory, 5, options, 'warm-up')).toEqual({ connections: 20, until: { durationSeconds: 3 } });
    expect(loadShape(ledger, 5, options, 'measured')).toEqual({ connections: 4, until: { amount: 4 * 2 * 5 } });
    expect(loadShape(ledger, 5, options, 'warm-up')).toEqual({ connections: 1, until: { amount: 5 } });
    expect(loadShape(ledger, 5, readBenchOptions(['--quick'], {}), 'measured')).toEqual({ connections: 4, until: { amount: 4 * 5 } });
  });

  it('runs the direct call only where one subgraph answers the whole operation', () => {
    expect(Object.fromEntries(allScenarios.map((scenario) => [scenario.name, targetsOf(scenario)]))).toEqual({
      directory: ['ours', 'apollo', 'hive', 'direct'],
      'cross-agency': ['ours', 'apollo', 'hive'],
      'ledger-1000': ['ours', 'apollo', 'hive'],
      submission: ['ours', 'apollo', 'hive', 'direct'],
      'lead-unit-list': ['ours', 'apollo', 'hive'],
    });
  });

  it('reads a connection page out of an answer', () => {
    expect(pageInfoOf({ governanceLedger: { pageInfo: { endCursor: 'abc', hasNextPage: true } } }, 'governanceLedger')).toEqual({ endCursor: 'abc', hasNextPage: true });
    expect(pageInfoOf({ governanceLedger: { pageInfo: { endCursor: null, hasNextPage: false } } }, 'governanceLedger')).toEqual({ endCursor: null, hasNextPage: false });
    expect(() => pageInfoOf({ governanceLedger: null }, 'governanceLedger')).toThrow(/no governanceLedger.pageInfo/);
  });
});
