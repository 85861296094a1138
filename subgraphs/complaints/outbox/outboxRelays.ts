import type { DataSource } from 'typeorm';
import type { WorkerDependencies, Workers } from '../../kit/server/subgraphDefinition';
import { createOutboxRelay, type DeliveryCount, type OutboxRelay } from './createOutboxRelay';

/** The relay running for each complaints storage (one per subgraph; tests run several in a process). */
const relays = new WeakMap<DataSource, OutboxRelay>();

/** How long a handling mutation waits for its own writes to reach records before answering (then the relay goes on). */
export const IMMEDIATE_DELIVERY_WAIT_MS = 3_000;

/** Starts the relay with the subgraph (SubgraphDefinition.startWorkers); its `stop` ends it. */
export function startOutboxRelay({ dataSource, gateway, now }: WorkerDependencies): Workers {
  const relay = createOutboxRelay({ dataSource, gateway, now });
  relays.set(dataSource, relay);
  return {
    stop: async () => {
      await relay.stop();
      relays.delete(dataSource);
    },
  };
}

/** After a commit: tries the writes of these keys at once (bounded wait); without a running relay they wait for the next start. */
export async function deliverSoon(dataSource: DataSource, sourceKeys: string[]): Promise<void> {
  await relays.get(dataSource)?.deliver(sourceKeys, IMMEDIATE_DELIVERY_WAIT_MS);
}

/** Delivers every pending write of this storage's running relay now (tests; an operator's "retry now"). */
export async function flushOutbox(dataSource: DataSource): Promise<DeliveryCount> {
  const relay = relays.get(dataSource);
  if (!relay) throw new Error('no outbox relay runs for this storage');
  return relay.flush();
}
