import type { PersonalDataReadLog } from '../../kit/audit/createPersonalDataReadLog';
import { inRegionScope } from '../../kit/identity/authorize';
import type { Identity } from '../../kit/identity/identity';
import type { DishonestyRecordEntity } from '../entities/DishonestyRecordEntity';

/**
 * Whether a record's subject (name and identifiers) is shown in clear. A subject with a USCC is a
 * market entity, not personal data. A subject without one (an individual, a chat account, a
 * website named in a clue) is personal data: in clear only for the national regulator and a lead
 * unit covering the record's region, and each such read is logged; everyone else sees it masked.
 */
export async function showsSubjectInClear(record: DishonestyRecordEntity, identity: Identity, reads: PersonalDataReadLog): Promise<boolean> {
  if (record.uscc !== null) return true;
  const handler = identity.role === 'NATIONAL_REGULATOR' || (identity.role === 'LEAD_UNIT' && inRegionScope(identity, record.region));
  if (!handler) return false;
  await reads.load(`DishonestyRecord:${record.id}`);
  return true;
}
