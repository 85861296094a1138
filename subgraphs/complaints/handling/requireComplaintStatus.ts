import { conflict } from '../../kit/errors';
import type { ComplaintStatus } from '../generated/resolversTypes';

/** CONFLICT naming the complaint's current state when `action` is not allowed in it. */
export function requireComplaintStatus(complaint: { id: number; status: ComplaintStatus }, allowed: readonly ComplaintStatus[], action: string): void {
  if (!allowed.includes(complaint.status)) {
    throw conflict(`complaint ${complaint.id} is ${complaint.status}: only a complaint that is ${allowed.join(' or ')} can be ${action}`);
  }
}
