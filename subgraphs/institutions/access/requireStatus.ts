import { conflict } from '../../kit/errors';
import type { BusinessStatus } from '../generated/resolversTypes';
import type { InstitutionEntity } from '../entities/InstitutionEntity';

/** CONFLICT naming the current business status when `institution` is not in one of `allowed`. */
export function requireStatus(institution: InstitutionEntity, allowed: readonly BusinessStatus[], what: string): void {
  if (!allowed.includes(institution.businessStatus)) {
    throw conflict(`institution ${institution.uscc} is ${institution.businessStatus}: it may not ${what}`);
  }
}

/** Every status but DEREGISTERED: a deregistered (注销) firm no longer exists, its registration is closed. */
export const OPEN_STATUSES: readonly BusinessStatus[] = ['OPERATING', 'BANKRUPTCY', 'ABNORMAL_LOST_CONTACT', 'REVOKED'];
