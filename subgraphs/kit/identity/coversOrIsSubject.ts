import { inRegionScope, isInstitution } from './authorize';
import type { Identity } from './identity';

/** What an object stores that decides who reaches it: its handling region and its subject's USCC (null when it names none). */
export interface RegionAndSubject {
  region: string;
  uscc: string | null;
}

/**
 * Whether `identity` reaches an object as its regulator or its subject: the national regulator
 * any; a lead unit one its region covers; an institution its own (the object's subject is its USCC).
 */
export function coversOrIsSubject(identity: Identity, { region, uscc }: RegionAndSubject): boolean {
  switch (identity.role) {
    case 'NATIONAL_REGULATOR':
      return true;
    case 'LEAD_UNIT':
      return inRegionScope(identity, region);
    case 'INSTITUTION':
      return isInstitution(identity, uscc);
    default:
      return false;
  }
}
