import { Brackets, type SelectQueryBuilder, type WhereExpressionBuilder } from 'typeorm';
import type { DishonestyRecordEntity } from '../entities/DishonestyRecordEntity';
import type { RecordStatus } from '../generated/resolversTypes';

/**
 * A record's status as of `today` (YYYY-MM-DD, Asia/Shanghai). Workflows store ACTIVE, REVOKED
 * and REFUTED; EXPIRED is read: an ACTIVE record whose publicity ended on or before today is
 * EXPIRED, so no job has to run for an answer to be right. (A stored EXPIRED, from data written
 * before, stays EXPIRED.)
 */
export function recordStatusOn(record: Pick<DishonestyRecordEntity, 'status' | 'publicityEndsAt'>, today: string): RecordStatus {
  return record.status === 'ACTIVE' && record.publicityEndsAt !== null && record.publicityEndsAt <= today ? 'EXPIRED' : record.status;
}

/** The SQL of one status as `recordStatusOn` reads it (alias `e`), with its parameters. */
function statusCondition(where: WhereExpressionBuilder, status: RecordStatus, today: string): void {
  const params = { statusActive: 'ACTIVE', statusExpired: 'EXPIRED', statusToday: today };
  switch (status) {
    case 'ACTIVE':
      where.orWhere('(e.status = :statusActive AND (e.publicityEndsAt IS NULL OR e.publicityEndsAt > :statusToday))', params);
      return;
    case 'EXPIRED':
      where.orWhere('(e.status = :statusExpired OR (e.status = :statusActive AND e.publicityEndsAt <= :statusToday))', params);
      return;
    default:
      where.orWhere(`e.status = :status${status}`, { [`status${status}`]: status });
  }
}

/** Keeps the records (alias `e`) whose status on `today` is one of `statuses`. */
export function whereStatusIn(query: SelectQueryBuilder<DishonestyRecordEntity>, statuses: readonly RecordStatus[], today: string): void {
  query.andWhere(
    new Brackets((where) => {
      for (const status of new Set(statuses)) statusCondition(where, status, today);
    }),
  );
}
