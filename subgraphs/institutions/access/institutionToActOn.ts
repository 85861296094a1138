import type { EntityManager } from 'typeorm';
import { notFound } from '../../kit/errors';
import { InstitutionEntity } from '../entities/InstitutionEntity';

/**
 * The institution `uscc` a mutation acts on, when the caller `reaches` it; NOT_FOUND otherwise,
 * the same as for a USCC that is not registered, so a refusal tells nothing about existence.
 */
export async function institutionToActOn(
  manager: EntityManager,
  uscc: string,
  reaches: (institution: InstitutionEntity) => boolean,
): Promise<InstitutionEntity> {
  const institution = await manager.findOneBy(InstitutionEntity, { uscc });
  if (!institution || !reaches(institution)) throw notFound(`institution ${uscc}`);
  return institution;
}
