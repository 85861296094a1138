import { recordAudit } from '../../../kit/audit/recordAudit';
import { inTransaction } from '../../../kit/data/transaction';
import { isUniqueViolation } from '../../../kit/data/isUniqueViolation';
import { conflict } from '../../../kit/errors';
import { forbidden, inRegionScope, isInstitution, requireRole } from '../../../kit/identity/authorize';
import type { Identity } from '../../../kit/identity/identity';
import { InstitutionContactEntity } from '../../entities/InstitutionContactEntity';
import { InstitutionEntity } from '../../entities/InstitutionEntity';
import type { MutationResolvers, RegistrationChannel } from '../../generated/resolversTypes';
import { validateRegisterInstitution } from '../../inputs/validateRegisterInstitution';

const channelOf = (identity: Identity): RegistrationChannel =>
  identity.role === 'INSTITUTION' ? 'SELF_REGISTERED' : identity.role === 'NATIONAL_REGULATOR' ? 'NATIONAL_REGULATOR' : 'LEAD_UNIT';

const alreadyRegistered = (uscc: string) => conflict(`institution ${uscc} is already registered`);

/**
 * A lead unit registers in its region, the national regulator anywhere, an institution itself
 * (measure 4: it reports itself to the local lead unit of the region it names). Out of scope is
 * FORBIDDEN: there is no object yet whose existence a refusal could reveal.
 */
export const registerInstitution: MutationResolvers = {
  registerInstitution: (_parent, { input }, { dataSource, identity, now }) => {
    requireRole(identity, ['NATIONAL_REGULATOR', 'LEAD_UNIT', 'INSTITUTION'], 'register an institution');
    if (identity.role === 'INSTITUTION' && !isInstitution(identity, input.uscc)) {
      throw forbidden(`an institution may register only itself (${identity.uscc}), not ${input.uscc}`);
    }
    if (!inRegionScope(identity, input.region)) throw forbidden(`${identity.role} ${identity.region} may not register an institution in ${input.region}`);
    const { institution: registration, contacts } = validateRegisterInstitution(input);
    return inTransaction(dataSource, async (manager) => {
      if (await manager.existsBy(InstitutionEntity, { uscc: registration.uscc })) throw alreadyRegistered(registration.uscc);
      const at = now();
      const registeredVia = channelOf(identity);
      const institution = await manager.save(manager.create(InstitutionEntity, {
        ...registration, businessStatus: 'OPERATING', businessStatusReason: null, businessStatusChangedAt: null,
        registeredAt: at, registeredVia, registeredBy: identity.subject,
      })).catch((error: unknown) => {
        // Two registrations of one USCC at once on MySQL: the unique index decides.
        throw isUniqueViolation(error) ? alreadyRegistered(registration.uscc) : error;
      });
      if (contacts.length) await manager.insert(InstitutionContactEntity, contacts.map((contact) => ({ ...contact, uscc: institution.uscc })));
      await recordAudit(manager, identity, {
        operation: 'registerInstitution',
        objectType: 'Institution',
        objectId: institution.uscc,
        summary: `registered ${institution.name} in ${institution.region} (${registeredVia}, ${contacts.length} websites and phones)`,
      }, at);
      return institution;
    });
  },
};
