import { maskName } from '../../kit/crypto/mask';
import type { InstitutionsContext } from '../context';
import type { InstitutionEntity } from '../entities/InstitutionEntity';
import { seesLegalRepresentative } from './seesLegalRepresentative';

/**
 * A legal representative's name (of `institution`, or of its commitment) as the caller may see it:
 * in clear, with the read logged under `readKey` (`<objectType>:<objectId>`), or masked.
 */
export async function shownLegalRepresentative(
  { identity, loaders }: Pick<InstitutionsContext, 'identity' | 'loaders'>,
  institution: Pick<InstitutionEntity, 'uscc' | 'region'> | null,
  readKey: string,
  name: string,
): Promise<string> {
  if (!institution || !seesLegalRepresentative(identity, institution)) return maskName(name);
  await loaders.personalDataReads.load(readKey);
  return name;
}
