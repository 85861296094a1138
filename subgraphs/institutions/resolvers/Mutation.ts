import { conflict, notFound, badUserInput } from '../../kit/errors';
import { inTransaction } from '../../kit/data/transaction';
import { optionalText, requiredText } from '../../kit/inputs/text';
import { CommitmentEntity } from '../entities/CommitmentEntity';
import { DisclosureEntity } from '../entities/DisclosureEntity';
import { InstitutionEntity } from '../entities/InstitutionEntity';
import type { MutationResolvers } from '../generated/resolversTypes';
import { validateDisclosure } from '../inputs/validateDisclosure';
import { validateRegisterInstitution } from '../inputs/validateRegisterInstitution';
import type { EntityManager } from 'typeorm';

async function existingInstitution(manager: EntityManager, uscc: string): Promise<InstitutionEntity> {
  const institution = await manager.findOneBy(InstitutionEntity, { uscc });
  if (!institution) throw notFound(`institution ${uscc}`);
  return institution;
}

export const Mutation: MutationResolvers = {
  registerInstitution: (_parent, { input }, { dataSource, now }) => {
    const registration = validateRegisterInstitution(input);
    return inTransaction(dataSource, async (manager) => {
      if (await manager.existsBy(InstitutionEntity, { uscc: registration.uscc })) {
        throw conflict(`institution ${registration.uscc} is already registered`);
      }
      return manager.save(
        manager.create(InstitutionEntity, { ...registration, businessStatus: 'OPERATING', businessStatusReason: null, registeredAt: now() }),
      );
    });
  },

  updateBusinessStatus: (_parent, { uscc, status, reason }, { dataSource }) => {
    const why = optionalText('reason', reason, { max: 500 });
    if (status !== 'OPERATING' && !why) throw badUserInput('reason', `is required when the status becomes ${status}`);
    return inTransaction(dataSource, async (manager) => {
      const institution = await existingInstitution(manager, uscc);
      institution.businessStatus = status;
      institution.businessStatusReason = why;
      return manager.save(institution);
    });
  },

  publishDisclosure: (_parent, { uscc, input }, { dataSource, now }) => {
    const disclosure = validateDisclosure(input);
    return inTransaction(dataSource, async (manager) => {
      await existingInstitution(manager, uscc);
      const latest = await manager.findOne(DisclosureEntity, { where: { uscc }, order: { version: 'DESC' } });
      return manager.save(manager.create(DisclosureEntity, { ...disclosure, uscc, version: (latest?.version ?? 0) + 1, publishedAt: now() }));
    });
  },

  signCommitment: (_parent, { uscc, input }, { dataSource, now }) => {
    const text = requiredText('input.text', input.text, { max: 10000 });
    const legalRepresentative = requiredText('input.legalRepresentative', input.legalRepresentative, { max: 100 });
    return inTransaction(dataSource, async (manager) => {
      const institution = await existingInstitution(manager, uscc);
      if (institution.legalRepresentative !== legalRepresentative) {
        throw badUserInput('input.legalRepresentative', "must be the institution's current legal representative");
      }
      return manager.save(manager.create(CommitmentEntity, { uscc, text, legalRepresentative, signedAt: now(), publishedAt: null }));
    });
  },

  publishCommitment: (_parent, { uscc }, { dataSource, now }) =>
    inTransaction(dataSource, async (manager) => {
      const institution = await existingInstitution(manager, uscc);
      const latest = await manager.findOne(CommitmentEntity, { where: { uscc }, order: { id: 'DESC' } });
      if (!latest) throw conflict(`institution ${uscc} has not signed a commitment`);
      if (latest.legalRepresentative !== institution.legalRepresentative) {
        throw conflict('the legal representative has changed since the commitment was signed: it must be re-signed');
      }
      latest.publishedAt ??= now();
      return manager.save(latest);
    }),
};
