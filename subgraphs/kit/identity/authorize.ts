import { GraphQLError } from 'graphql';
import { regionCovers } from '../scalars/regionCode';
import type { Identity, Role } from './identity';

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

/** Refuses (FORBIDDEN) a caller whose role may not do `what` at all. */
export function requireRole(identity: Identity, roles: readonly Role[], what: string): void {
  if (!roles.includes(identity.role)) throw forbidden(`${identity.role} may not ${what}`);
}

/**
 * The region a caller's reach is limited to: null for roles that reach everywhere
 * (the national regulator, a service reading facts), the region claim for lead units and
 * industry regulators. Cut by level (regionCovers), never by trimming zeros.
 */
export function regionScope(identity: Identity): string | null {
  return identity.role === 'LEAD_UNIT' || identity.role === 'INDUSTRY_REGULATOR' ? identity.region ?? '' : null;
}

/** Whether an object stored with `region` is inside the caller's region scope. */
export function inRegionScope(identity: Identity, region: string): boolean {
  const scope = regionScope(identity);
  return scope === null || regionCovers(scope, region);
}

/** Whether the caller is the institution `uscc` itself. */
export function isInstitution(identity: Identity, uscc: string | null | undefined): boolean {
  return identity.role === 'INSTITUTION' && !!uscc && identity.uscc === uscc;
}
