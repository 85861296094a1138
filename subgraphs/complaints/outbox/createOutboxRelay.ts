import { Mutex } from 'async-mutex';
import { In, type DataSource } from 'typeorm';
import { inTransaction } from '../../kit/data/transaction';
import type { GatewayClient } from '../../kit/services/createGatewayClient';
import { OutboxEntity } from '../entities/OutboxEntity';
import { readRecordAnswer } from '../records/readRecordAnswer';
import { applyDelivered } from './applyDelivered';
import { isPermanentRefusal } from './isPermanentRefusal';
import { RECORDS_MUTATIONS } from './recordsWrite';

export interface OutboxRelayOptions {
  dataSource: DataSource;
  gateway: GatewayClient;
  /** The subgraph's clock: when a clue counts as collected. */
  now: () => Date;
  /** Wall-clock milliseconds for the backoff (a test clock may stand still). */
  clock?: () => number;
}

export interface DeliveryCount {
  delivered: number;
  pending: number;
  failed: number;
}

export interface OutboxRelay {
  /** Delivers the pending writes of these keys now (in order, backoff or not), waiting at most `waitMs`; what is not done by then goes on in the background. Never throws. */
  deliver(sourceKeys: string[], waitMs: number): Promise<void>;
  /** Delivers every pending write now, backoff or not, and waits for it (tests, operators). */
  flush(): Promise<DeliveryCount>;
  stop(): Promise<void>;
}

/** Backoff after the n-th failed attempt: 1 s, 2 s, 4 s … at most 5 minutes. */
const backoffMs = (attempts: number): number => Math.min(1000 * 2 ** Math.max(0, attempts - 1), 300_000);
/** Rows one pass looks at; the next pass takes the rest. */
const BATCH = 200;

function parseVariables(text: string): Record<string, unknown> {
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('outbox variables are not an object');
  return Object.fromEntries(Object.entries(parsed));
}

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error)).slice(0, 1000);

/**
 * The relay of complaints' outbox to records: delivers pending writes in id order per sourceKey
 * (a finding never overtakes its clue's collection), one pass at a time, retrying an outage with
 * backoff and marking a refusal by records (CONFLICT, BAD_USER_INPUT, NOT_FOUND) FAILED with its
 * reason. It polls only while writes are pending, so an idle subgraph runs no statements.
 */
export function createOutboxRelay({ dataSource, gateway, now, clock = Date.now }: OutboxRelayOptions): OutboxRelay {
  const passes = new Mutex();
  const inFlight = new Set<Promise<unknown>>();
  let timer: NodeJS.Timeout | null = null;
  let timerAt = Infinity;
  let stopped = false;

  const track = <T>(work: Promise<T>): Promise<T> => {
    const settled = work.catch((error: unknown) => console.error('[complaints outbox] delivery pass failed:', error));
    inFlight.add(settled);
    void settled.finally(() => inFlight.delete(settled));
    return work;
  };

  const schedule = (at: number): void => {
    if (stopped || at >= timerAt) return;
    if (timer) clearTimeout(timer);
    timerAt = at;
    timer = setTimeout(() => {
      timer = null;
      timerAt = Infinity;
      void track(pass(null, false)).catch(() => undefined);
    }, Math.max(0, at - clock()));
    timer.unref();
  };

  const fail = async (row: OutboxEntity, why: string): Promise<void> => {
    console.warn(`[complaints outbox] records refused ${row.operation} ${row.sourceKey} (#${row.id}) for good: ${why}`);
    await dataSource.getRepository(OutboxEntity).update({ id: row.id, status: 'PENDING' }, { status: 'FAILED', attempts: row.attempts + 1, lastError: why });
  };

  /** One write: DELIVERED when records has it, PENDING after an outage (retried), FAILED when records refused it. */
  const deliverRow = async (row: OutboxEntity): Promise<'DELIVERED' | 'PENDING' | 'FAILED'> => {
    try {
      const record = await gateway.query({ agency: 'records', query: RECORDS_MUTATIONS[row.operation], variables: parseVariables(row.variables), read: readRecordAnswer(row.operation) });
      const at = now();
      await inTransaction(dataSource, async (manager) => {
        const { affected } = await manager.update(OutboxEntity, { id: row.id, status: 'PENDING' }, { status: 'DELIVERED', attempts: row.attempts + 1, deliveredAt: at, recordId: record.id, lastError: null });
        if (affected) await applyDelivered(manager, row, record.id, at);
      });
      return 'DELIVERED';
    } catch (error) {
      if (isPermanentRefusal(error)) {
        await fail(row, reason(error));
        return 'FAILED';
      }
      const attempts = row.attempts + 1;
      const next = clock() + backoffMs(attempts);
      await dataSource.getRepository(OutboxEntity).update({ id: row.id, status: 'PENDING' }, { attempts, nextAttemptAt: new Date(next), lastError: reason(error) });
      schedule(next);
      return 'PENDING';
    }
  };

  /** Delivers pending rows (of `keys`, or all) in id order; a chain stops at its first row not delivered. */
  const pass = (keys: string[] | null, force: boolean): Promise<DeliveryCount> =>
    passes.runExclusive(async () => {
      const count: DeliveryCount = { delivered: 0, pending: 0, failed: 0 };
      if (stopped || (keys && !keys.length)) return count;
      const repository = dataSource.getRepository(OutboxEntity);
      const rows = await repository.find({ where: { status: 'PENDING', ...(keys ? { sourceKey: In(keys) } : {}) }, order: { id: 'ASC' }, take: BATCH });
      if (!rows.length) return count;
      const refused = await repository.find({ where: { status: 'FAILED', sourceKey: In([...new Set(rows.map((row) => row.sourceKey))]) }, order: { id: 'ASC' } });
      const blocked = new Set<string>();
      // After an outage the rest waits for the next pass: every row would wait for the same timeout.
      let outage = false;
      for (const row of rows) {
        if (blocked.has(row.sourceKey) || stopped || outage) {
          count.pending += 1;
          continue;
        }
        const earlier = refused.find((failed) => failed.sourceKey === row.sourceKey && failed.id < row.id);
        if (earlier) {
          await fail(row, `records refused the earlier ${earlier.operation} of ${row.sourceKey} (#${earlier.id}): ${earlier.lastError ?? ''}`.slice(0, 1000));
          count.failed += 1;
          continue;
        }
        if (!force && row.nextAttemptAt && row.nextAttemptAt.getTime() > clock()) {
          schedule(row.nextAttemptAt.getTime());
          blocked.add(row.sourceKey);
          count.pending += 1;
          continue;
        }
        const outcome = await deliverRow(row);
        if (outcome === 'DELIVERED') count.delivered += 1;
        else if (outcome === 'FAILED') count.failed += 1;
        else {
          count.pending += 1;
          outage = true;
        }
        if (outcome !== 'DELIVERED') blocked.add(row.sourceKey);
      }
      if (!keys && rows.length === BATCH) schedule(clock());
      return count;
    });

  // Writes left pending by the last run (records was down, or the process stopped) go out at start.
  schedule(clock());

  return {
    deliver: async (sourceKeys, waitMs) => {
      let wait: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        wait = setTimeout(resolve, waitMs);
      });
      try {
        // Errors are logged by track: the state change is committed and the relay retries.
        await Promise.race([track(pass(sourceKeys, true)).then(() => undefined, () => undefined), timeout]);
      } finally {
        clearTimeout(wait);
      }
    },
    flush: () => track(pass(null, true)),
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await Promise.allSettled([...inFlight]);
    },
  };
}
