import type { ObjectLiteral } from 'typeorm';
import type { Filter } from '../../kit/loaders/createCountLoader';
import type { RepairStatus } from '../generated/resolversTypes';

/** A case that still waits for a decision. */
export const OPEN_STATUSES: readonly RepairStatus[] = ['APPLIED', 'AWAITING_CONFIRMATION'];

/** Rows whose `status` is one of `statuses`; no filter for an empty list. */
export function statusIn<T extends ObjectLiteral & { status: string }>(statuses: readonly string[]): Filter<T> | undefined {
  if (!statuses.length) return undefined;
  return (query) => query.andWhere('e.status IN (:...statuses)', { statuses: [...statuses] });
}
