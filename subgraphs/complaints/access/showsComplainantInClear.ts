import type { PersonalDataReadLog } from '../../kit/audit/createPersonalDataReadLog';
import { handlesRegion } from '../../kit/identity/handlesRegion';
import type { Identity } from '../../kit/identity/identity';
import type { ComplaintEntity } from '../entities/ComplaintEntity';

/**
 * Whether a complaint's complainant (name, phone, e-mail) is shown in clear: only to its handler,
 * a lead unit covering the complaint's region, and each such read is logged. Everyone else,
 * the national regulator included, sees it masked.
 */
export async function showsComplainantInClear(complaint: Pick<ComplaintEntity, 'id' | 'region'>, identity: Identity, reads: PersonalDataReadLog): Promise<boolean> {
  if (!handlesRegion(identity, complaint.region)) return false;
  await reads.load(`Complaint:${complaint.id}`);
  return true;
}
