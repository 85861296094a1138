import type { ComplaintEntity } from '../entities/ComplaintEntity';

/** Neither accepted nor refused by the acceptance due date (the same rule as the filter { overdue: true }). */
export function isOverdue({ status, acceptDueAt }: Pick<ComplaintEntity, 'status' | 'acceptDueAt'>, now: Date): boolean {
  return status === 'SUBMITTED' && acceptDueAt.getTime() < now.getTime();
}
