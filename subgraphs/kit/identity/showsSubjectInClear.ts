import type { PersonalDataReadLog } from '../audit/createPersonalDataReadLog';
import type { RegionAndSubject } from './coversOrIsSubject';
import { handlesRegion } from './handlesRegion';
import type { Identity } from './identity';

/**
 * Whether the subject of a record, a complaint or a clue (its name and identifiers) is shown in
 * clear. A subject with a USCC is a market entity, not personal data. One without (a person, a
 * chat account, a website) is: in clear for the national regulator, a lead unit covering the
 * row's region, and a caller `addressedToCaller` admits (the industry regulator a warning letter
 * sent the clue to); each such read is logged under `readKey`. Everyone else sees it masked.
 */
export async function showsSubjectInClear(
  subject: RegionAndSubject,
  readKey: string,
  identity: Identity,
  reads: PersonalDataReadLog,
  addressedToCaller: () => Promise<boolean> = async () => false,
): Promise<boolean> {
  if (subject.uscc !== null) return true;
  const handler = identity.role === 'NATIONAL_REGULATOR' || handlesRegion(identity, subject.region) || (await addressedToCaller());
  if (!handler) return false;
  await reads.load(readKey);
  return true;
}
