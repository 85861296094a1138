import type { EntityManager } from 'typeorm';
import { RepairCaseEntity } from '../entities/RepairCaseEntity';

/**
 * A repair case read inside the caller's transaction for a change of it. On MySQL the row is locked
 * (pessimistic_write) until the transaction ends, so a request for confirmation and a decision on
 * the same case run one after the other: the second reads the state and the requests the first
 * left (a rejection then withdraws a request made just before it; an approval waits for its answer).
 * SQLite's transactions are serialized already (inTransaction).
 */
export function lockedRepairCase(manager: EntityManager, id: number): Promise<RepairCaseEntity | null> {
  const lock = manager.connection.options.type === 'mysql' ? { mode: 'pessimistic_write' as const } : undefined;
  return manager.findOne(RepairCaseEntity, { where: { id }, lock });
}
