import { requireRole } from '../../kit/identity/authorize';
import { notFound } from '../../kit/errors';
import { loadByExposedId } from '../../kit/loaders/rowId';
import { complaintsRoles } from '../access/complaintsRoles';
import type { ComplaintsContext } from '../context';
import type { ComplaintEntity } from '../entities/ComplaintEntity';

/**
 * The complaint a handler acts on: FORBIDDEN for a role that never handles complaints; NOT_FOUND
 * for an unknown id and for a complaint outside the lead unit's region alike.
 */
export async function loadHandledComplaint({ identity, loaders }: ComplaintsContext, id: string, what: string): Promise<ComplaintEntity> {
  requireRole(identity, complaintsRoles.handleComplaints, what);
  const complaint = await loadByExposedId(loaders.complaintById, id);
  if (!complaint) throw notFound(`complaint ${id}`);
  return complaint;
}
