import type { Scenario } from '../scenarios/scenario';
import type { LoadPlan } from './loadPlan';
import type { BenchOptions } from './readBenchOptions';

export type LoadShape = Pick<LoadPlan, 'connections' | 'until'>;

/**
 * How hard and how long a run loads its target. Most scenarios: the options' connections for the
 * options' duration (warm-up: its own duration). A scenario with walks (a ledger of many pages, where
 * one walk can outlast a whole timed run) instead runs until each connection has walked its
 * bodies that many times, one walk in --quick and one walk on one connection to warm up.
 */
export function loadShape(scenario: Scenario, bodies: number, options: BenchOptions, phase: 'warm-up' | 'measured'): LoadShape {
  if (scenario.walks) {
    if (phase === 'warm-up') return { connections: 1, until: { amount: bodies } };
    const walks = options.quick ? 1 : scenario.walks.perConnection;
    const connections = Math.min(scenario.walks.connections, options.connections);
    return { connections, until: { amount: connections * walks * bodies } };
  }
  const durationSeconds = phase === 'warm-up' ? options.warmupSeconds : options.durationSeconds;
  return { connections: options.connections, until: { durationSeconds } };
}
