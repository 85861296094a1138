import { inRegionScope, isInstitution } from '../../kit/identity/authorize';
import type { Identity } from '../../kit/identity/identity';
import type { InstitutionEntity } from '../entities/InstitutionEntity';

/**
 * Whether `identity` sees the institution's legal representative in clear (docs/authorization.md):
 * the national regulator, a lead unit covering the institution's region, the institution itself.
 */
export function seesLegalRepresentative(identity: Identity, institution: Pick<InstitutionEntity, 'uscc' | 'region'>): boolean {
  switch (identity.role) {
    case 'NATIONAL_REGULATOR':
      return true;
    case 'LEAD_UNIT':
      return inRegionScope(identity, institution.region);
    case 'INSTITUTION':
      return isInstitution(identity, institution.uscc);
    default:
      return false;
  }
}
