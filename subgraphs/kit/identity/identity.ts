import { GraphQLError } from 'graphql';
import { checkRegionCode } from '../scalars/regionCode';
import { checkUscc } from '../scalars/uscc';

/** The roles of DESIGN.md §2; PUBLIC is a caller without a token. */
export const ROLES = ['NATIONAL_REGULATOR', 'LEAD_UNIT', 'INDUSTRY_REGULATOR', 'COURT', 'INSTITUTION', 'PUBLIC', 'SERVICE'] as const;
export type Role = (typeof ROLES)[number];

/** Who is asking, as verified by the gateway, with the scope claims of the role. */
export interface Identity {
  role: Role;
  /** The user (or service) the token names. */
  subject: string;
  region?: string;
  sector?: string;
  court?: string;
  uscc?: string;
  service?: string;
  /** The client's address, for the public's rate limits and the audit log. */
  clientAddress?: string;
}

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

const text = (claims: Record<string, unknown>, name: string): string | undefined => {
  const value = claims[name];
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
};

const isRole = (value: unknown): value is Role => typeof value === 'string' && ROLES.some((role) => role === value);

/**
 * An identity from verified token claims: the role and the scope claims it needs
 * (LEAD_UNIT a region; INDUSTRY_REGULATOR a region and a sector; COURT a court code;
 * INSTITUTION a valid USCC; SERVICE a service name). Anything missing is UNAUTHENTICATED.
 */
export function identityFromClaims(claims: Record<string, unknown>): Identity {
  const role = claims.role;
  if (!isRole(role)) throw unauthenticated('the token names no known role');
  const identity: Identity = { role, subject: text(claims, 'sub') ?? '', clientAddress: text(claims, 'clientAddress') };
  if (!identity.subject && role !== 'PUBLIC') throw unauthenticated('the token names no subject');
  const region = text(claims, 'region');
  if (role === 'LEAD_UNIT' || role === 'INDUSTRY_REGULATOR') {
    if (!region || !checkRegionCode(region).ok) throw unauthenticated(`a ${role} token needs a region (GB/T 2260 code)`);
    identity.region = region;
  }
  if (role === 'INDUSTRY_REGULATOR') {
    identity.sector = text(claims, 'sector');
    if (!identity.sector) throw unauthenticated('an INDUSTRY_REGULATOR token needs a sector');
  }
  if (role === 'COURT') {
    identity.court = text(claims, 'court');
    if (!identity.court) throw unauthenticated('a COURT token needs a court code');
  }
  if (role === 'INSTITUTION') {
    const uscc = checkUscc(text(claims, 'uscc'));
    if (!uscc.ok) throw unauthenticated('an INSTITUTION token needs a valid uscc');
    identity.uscc = uscc.value;
  }
  if (role === 'SERVICE') {
    identity.service = text(claims, 'service');
    if (!identity.service) throw unauthenticated('a SERVICE token needs a service name');
  }
  return identity;
}

/** The claims that carry an identity in a token (the inverse of identityFromClaims). */
export function claimsOf(identity: Identity): Record<string, string> {
  const { subject, ...rest } = identity;
  return Object.fromEntries(Object.entries({ ...rest, sub: subject }).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}
