import type { EntityManager } from 'typeorm';
import { notFound } from '../../kit/errors';
import { InstitutionEntity } from '../entities/InstitutionEntity';

/**
 * The institution `uscc` a mutation acts on, when the caller `reaches` it; NOT_FOUND otherwise,
 * the same as for a USCC that is not registered, so a refusal tells nothing about existence.
 * On MySQL the row is locked for the transaction, so that mutations of one institution run one
 * after the other (a signature checked against a legal representative being changed, two
 * disclosure versions numbered at once); SQLite's transactions are serialized already.
 */
export async function institutionToActOn(
  manager: EntityManager,
  uscc: string,
  reaches: (institution: InstitutionEntity) => boolean,
): Promise<InstitutionEntity> {
  const lock = manager.connection.options.type === 'mysql' ? { mode: 'pessimistic_write' as const } : undefined;
  const institution = await manager.findOne(InstitutionEntity, { where: { uscc }, lock });
  if (!institution || !reaches(institution)) throw notFound(`institution ${uscc}`);
  return institution;
}
