import type { DataSource, EntitySubscriberInterface, ObjectLiteral } from 'typeorm';

export interface DatabaseFaults {
  /** How many writes it failed so far. */
  readonly injected: number;
  /** Detaches it from the data source. */
  stop(): void;
}

/**
 * The error a statement fails with when the server drops its connection (mysql2's code), so
 * the subgraph treats it as it would a real one (SERVICE_UNAVAILABLE, the transaction rolled back).
 */
class InjectedConnectionLoss extends Error {
  readonly code = 'PROTOCOL_CONNECTION_LOST';
  constructor() {
    super('Connection lost: The server closed the connection. (injected by the test)');
  }
}

/**
 * Fails an insert of `entity` when `fails()` says so, after the statement ran and before its
 * transaction commits: the writes before it in the transaction must then vanish with it.
 */
export function injectDatabaseFaults<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: new () => T,
  fails: () => boolean,
): DatabaseFaults {
  let injected = 0;
  const subscriber: EntitySubscriberInterface<T> = {
    listenTo: () => entity,
    afterInsert: () => {
      if (!fails()) return;
      injected += 1;
      throw new InjectedConnectionLoss();
    },
  };
  // TypeORM reads the list on every write, so a subscriber added after start-up takes effect.
  dataSource.subscribers.push(subscriber);
  return {
    get injected() {
      return injected;
    },
    stop: () => {
      const at = dataSource.subscribers.indexOf(subscriber);
      if (at >= 0) dataSource.subscribers.splice(at, 1);
    },
  };
}
