import { maskName } from '../../kit/crypto/mask';
import { coversOrIsSubject } from '../../kit/identity/coversOrIsSubject';
import type { InstitutionsContext } from '../context';
import type { InstitutionEntity } from '../entities/InstitutionEntity';

/**
 * A legal representative's name (of `institution`, or of its commitment) as the caller may see it
 * (docs/authorization.md): in clear to the national regulator, a lead unit covering the
 * institution's region and the institution itself, with the read logged under `readKey`
 * (`<objectType>:<objectId>`); masked for everyone else.
 */
export async function shownLegalRepresentative(
  { identity, loaders }: Pick<InstitutionsContext, 'identity' | 'loaders'>,
  institution: Pick<InstitutionEntity, 'uscc' | 'region'> | null,
  readKey: string,
  name: string,
): Promise<string> {
  if (!institution || !coversOrIsSubject(identity, institution)) return maskName(name);
  await loaders.personalDataReads.load(readKey);
  return name;
}
