import { recordAudit } from '../../kit/audit/recordAudit';
import { inTransaction } from '../../kit/data/transaction';
import { conflict, badUserInput } from '../../kit/errors';
import { forbidden, inRegionScope, isInstitution, requireRole } from '../../kit/identity/authorize';
import type { Identity, Role } from '../../kit/identity/identity';
import { optionalText, requiredText } from '../../kit/inputs/text';
import { institutionToActOn } from '../access/institutionToActOn';
import { CommitmentEntity } from '../entities/CommitmentEntity';
import { DisclosureEntity } from '../entities/DisclosureEntity';
import { InstitutionEntity } from '../entities/InstitutionEntity';
import type { MutationResolvers } from '../generated/resolversTypes';
import { validateDisclosure } from '../inputs/validateDisclosure';
import { validateRegisterInstitution } from '../inputs/validateRegisterInstitution';

/** The registry's own acts: the national regulator anywhere, a lead unit in its region. */
const REGISTRARS: readonly Role[] = ['NATIONAL_REGULATOR', 'LEAD_UNIT'];
/** An institution's own acts: the institution itself, or the national regulator. */
const INSTITUTION_ACTORS: readonly Role[] = ['NATIONAL_REGULATOR', 'INSTITUTION'];

const inRegistrarScope = (identity: Identity) => (institution: InstitutionEntity) => inRegionScope(identity, institution.region);
const isItselfOrNational = (identity: Identity) => (institution: InstitutionEntity) =>
  identity.role === 'NATIONAL_REGULATOR' || isInstitution(identity, institution.uscc);

/** Role first, then scope (out of scope is NOT_FOUND), then the input, then the write and its audit entry in one transaction. */
export const Mutation: MutationResolvers = {
  registerInstitution: (_parent, { input }, { dataSource, identity, now }) => {
    requireRole(identity, REGISTRARS, 'register an institution');
    if (!inRegionScope(identity, input.region)) throw forbidden(`${identity.role} ${identity.region} may not register an institution in ${input.region}`);
    const registration = validateRegisterInstitution(input);
    return inTransaction(dataSource, async (manager) => {
      if (await manager.existsBy(InstitutionEntity, { uscc: registration.uscc })) {
        throw conflict(`institution ${registration.uscc} is already registered`);
      }
      const at = now();
      const institution = await manager.save(
        manager.create(InstitutionEntity, { ...registration, businessStatus: 'OPERATING', businessStatusReason: null, registeredAt: at }),
      );
      await recordAudit(manager, identity, {
        operation: 'registerInstitution',
        objectType: 'Institution',
        objectId: institution.uscc,
        summary: `registered ${institution.name} in ${institution.region}`,
      }, at);
      return institution;
    });
  },

  updateBusinessStatus: (_parent, { uscc, status, reason }, { dataSource, identity, now }) => {
    requireRole(identity, REGISTRARS, 'change a business status');
    return inTransaction(dataSource, async (manager) => {
      const institution = await institutionToActOn(manager, uscc, inRegistrarScope(identity));
      const why = optionalText('reason', reason, { max: 500 });
      if (status !== 'OPERATING' && !why) throw badUserInput('reason', `is required when the status becomes ${status}`);
      const before = institution.businessStatus;
      institution.businessStatus = status;
      institution.businessStatusReason = why;
      const saved = await manager.save(institution);
      await recordAudit(manager, identity, {
        operation: 'updateBusinessStatus',
        objectType: 'Institution',
        objectId: uscc,
        summary: `business status ${before} → ${status}${why ? `: ${why}` : ''}`,
      }, now());
      return saved;
    });
  },

  publishDisclosure: (_parent, { uscc, input }, { dataSource, identity, now }) => {
    requireRole(identity, INSTITUTION_ACTORS, 'publish a disclosure');
    return inTransaction(dataSource, async (manager) => {
      await institutionToActOn(manager, uscc, isItselfOrNational(identity));
      const disclosure = validateDisclosure(input);
      const latest = await manager.findOne(DisclosureEntity, { where: { uscc }, order: { version: 'DESC' } });
      const at = now();
      const published = await manager.save(
        manager.create(DisclosureEntity, { ...disclosure, uscc, version: (latest?.version ?? 0) + 1, publishedAt: at }),
      );
      await recordAudit(manager, identity, {
        operation: 'publishDisclosure',
        objectType: 'Disclosure',
        objectId: published.id,
        summary: `published version ${published.version} of the disclosure of ${uscc} (${published.products.length} products)`,
      }, at);
      return published;
    });
  },

  signCommitment: (_parent, { uscc, input }, { dataSource, identity, now }) => {
    requireRole(identity, INSTITUTION_ACTORS, 'sign a commitment');
    return inTransaction(dataSource, async (manager) => {
      const institution = await institutionToActOn(manager, uscc, isItselfOrNational(identity));
      const text = requiredText('input.text', input.text, { max: 10000 });
      const legalRepresentative = requiredText('input.legalRepresentative', input.legalRepresentative, { max: 100 });
      // Personal data is stored encrypted: compared here, in clear, never in SQL.
      if (institution.legalRepresentative !== legalRepresentative) {
        throw badUserInput('input.legalRepresentative', "must be the institution's current legal representative");
      }
      const at = now();
      const commitment = await manager.save(manager.create(CommitmentEntity, { uscc, text, legalRepresentative, signedAt: at, publishedAt: null }));
      await recordAudit(manager, identity, {
        operation: 'signCommitment',
        objectType: 'CreditCommitment',
        objectId: commitment.id,
        summary: `signed a credit commitment of ${uscc} by its current legal representative`,
      }, at);
      return commitment;
    });
  },

  publishCommitment: (_parent, { uscc }, { dataSource, identity, now }) => {
    requireRole(identity, REGISTRARS, 'publish a commitment');
    return inTransaction(dataSource, async (manager) => {
      const institution = await institutionToActOn(manager, uscc, inRegistrarScope(identity));
      const latest = await manager.findOne(CommitmentEntity, { where: { uscc }, order: { id: 'DESC' } });
      if (!latest) throw conflict(`institution ${uscc} has not signed a commitment`);
      if (latest.legalRepresentative !== institution.legalRepresentative) {
        throw conflict('the legal representative has changed since the commitment was signed: it must be re-signed');
      }
      const at = now();
      const already = latest.publishedAt !== null;
      latest.publishedAt ??= at;
      const published = await manager.save(latest);
      await recordAudit(manager, identity, {
        operation: 'publishCommitment',
        objectType: 'CreditCommitment',
        objectId: published.id,
        summary: already ? `the credit commitment of ${uscc} was already published` : `published the credit commitment of ${uscc}`,
      }, at);
      return published;
    });
  },
};
