import { inRegionScope, isInstitution } from '../../kit/identity/authorize';
import type { Identity, Role } from '../../kit/identity/identity';
import type { InstitutionEntity } from '../entities/InstitutionEntity';

/** The registry's own acts (registration, status, legal representative, publishing commitments): the national regulator anywhere, a lead unit in its region. */
export const REGISTRARS: readonly Role[] = ['NATIONAL_REGULATOR', 'LEAD_UNIT'];

/** Whether a registrar reaches `institution` (a lead unit: in its region). */
export const inRegistrarScope = (identity: Identity) => (institution: InstitutionEntity) => inRegionScope(identity, institution.region);

/** Whether the caller is the institution itself or the national regulator. */
export const isItselfOrNational = (identity: Identity) => (institution: InstitutionEntity) =>
  identity.role === 'NATIONAL_REGULATOR' || isInstitution(identity, institution.uscc);
