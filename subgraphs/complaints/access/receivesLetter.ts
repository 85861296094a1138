import type { Identity } from '../../kit/identity/identity';
import { regionCovers } from '../../kit/scalars/regionCode';
import type { WarningLetterEntity } from '../entities/WarningLetterEntity';

/** Whether the caller is the industry regulator a warning letter is addressed to: the recipient's region inside its region, the same sector. */
export function receivesLetter(identity: Identity, letter: Pick<WarningLetterEntity, 'recipientRegion' | 'sector'>): boolean {
  return identity.role === 'INDUSTRY_REGULATOR' && !!identity.region && regionCovers(identity.region, letter.recipientRegion) && identity.sector === letter.sector;
}
