import { inRegionScope, isInstitution } from '../../kit/identity/authorize';
import type { Identity } from '../../kit/identity/identity';

/** What records says about a record that decides who may apply for its repair. */
export interface RecordScope {
  region: string;
  uscc: string | null;
}

/**
 * Whether `identity` may apply for the repair of a record, from the record's own facts as read
 * from records: the national regulator any; a lead unit one its region covers; an institution
 * its own (the record's subject is its USCC).
 */
export function mayApplyForRepairOf(identity: Identity, record: RecordScope): boolean {
  switch (identity.role) {
    case 'NATIONAL_REGULATOR':
      return true;
    case 'LEAD_UNIT':
      return inRegionScope(identity, record.region);
    case 'INSTITUTION':
      return isInstitution(identity, record.uscc);
    default:
      return false;
  }
}
