import { coversOrIsSubject } from '../../kit/identity/coversOrIsSubject';
import type { Identity } from '../../kit/identity/identity';
import type { InstitutionEntity } from '../entities/InstitutionEntity';

/**
 * The account that acted on the registry (registered it, changed its status), to those who handle
 * the institution (the national regulator, the lead unit covering its region, the institution
 * itself); null for everyone else: an account may name a person.
 */
export function shownAccount(identity: Identity, institution: Pick<InstitutionEntity, 'uscc' | 'region'> | null, account: string): string | null {
  return institution && coversOrIsSubject(identity, institution) ? account : null;
}
