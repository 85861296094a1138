import { badUserInput } from '../../../kit/errors';
import { requireRole } from '../../../kit/identity/authorize';
import type { Role } from '../../../kit/identity/identity';
import type { QueryResolvers } from '../../generated/resolversTypes';

/** Above what one IN list of the registry's statement should carry; a caller asks in slices. */
export const MAX_MARKET_ENTITIES = 5_000;

/** Another agency's service deciding on the facts, and the regulators who read them in bulk. */
export const MARKET_ENTITIES_ROLES: readonly Role[] = ['SERVICE', 'NATIONAL_REGULATOR', 'LEAD_UNIT'];

/**
 * The hub references in the order given. The registrations they need are asked for here at once,
 * so the fields that follow (businessStatus, institution, ...) find them in the request's loader:
 * one statement for the registry however many USCCs.
 */
export const marketEntities: NonNullable<QueryResolvers['marketEntities']> = async (_parent, { usccs }, { identity, loaders }) => {
  requireRole(identity, MARKET_ENTITIES_ROLES, 'read market entities in bulk');
  if (usccs.length > MAX_MARKET_ENTITIES) throw badUserInput('usccs', `must name at most ${MAX_MARKET_ENTITIES} USCCs (${usccs.length} given)`);
  await loaders.institutionByUscc.loadMany([...new Set(usccs)]);
  return usccs.map((uscc) => ({ uscc }));
};
