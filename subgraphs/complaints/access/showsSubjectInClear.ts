import type { PersonalDataReadLog } from '../../kit/audit/createPersonalDataReadLog';
import type { Identity } from '../../kit/identity/identity';
import { handlesRegion } from './handlesRegion';

/** A complaint's or a clue's subject as far as showing it goes. */
export interface Subject {
  uscc: string | null;
  region: string;
}

/**
 * Whether a subject's name and identifiers are shown in clear. A subject with a USCC is a market
 * entity, not personal data. One without (a person, a chat account, a website) is: in clear for
 * the national regulator and a lead unit covering the row's region (as records shows the same
 * subject's clue record), and for the industry regulator a warning letter sent the clue to (it
 * verifies the clue); each such read is logged under `readKey`. Everyone else sees it masked.
 */
export async function showsSubjectInClear(
  subject: Subject,
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
