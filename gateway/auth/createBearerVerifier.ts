import { readFileSync } from 'node:fs';
import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { createVerifiedTokenCache } from '../../subgraphs/kit/identity/createVerifiedTokenCache';
import { DEV_ISSUER, GATEWAY_AUDIENCE } from '../../subgraphs/kit/identity/devDefaults';
import { identityFromClaims, unauthenticated, type Identity } from '../../subgraphs/kit/identity/identity';
import { devBearerSecret } from '../../subgraphs/kit/identity/keyMaterial';

export interface BearerVerifierOptions {
  issuer: string;
  audience: string;
  /** Production: the identity provider's public keys (JWKS), as a file's content or a URL. */
  jwks?: { json: string } | { url: string };
  /** Development: the shared HS256 secret (never in production). */
  devSecret?: string | null;
  /**
   * The JWKS key ids that belong to subgraphs (their SERVICE signing keys; default: the four
   * subgraphs' names). A key is bound to its role: a service key signs only SERVICE tokens for the
   * service it is named after, and the identity provider's keys never sign SERVICE tokens, so a
   * stolen subgraph key cannot mint a regulator.
   */
  serviceKeyIds?: readonly string[];
  /** The clock of expiry checks; default the system clock. */
  now?: () => Date;
  /** Verified tokens remembered (least recently used first out). Default 10,000. */
  cacheSize?: number;
}

/**
 * How long a verified token is trusted without a fresh check, at most (and never past its `exp`):
 * a key the identity provider withdraws from its JWKS then stops vouching within this time (jose's
 * remote JWKS keeps keys for 10 minutes anyway).
 */
const REVERIFY_AFTER_MS = 60_000;

export const DEFAULT_SERVICE_KEY_IDS = ['institutions', 'records', 'complaints', 'repair'] as const;

/** Refuses a token whose signing key may not vouch for the identity it carries. */
function checkKeyBinding(identity: Identity, alg: string, kid: string | undefined, serviceKeyIds: readonly string[]): void {
  if (alg === 'HS256') return;
  const serviceKey = kid !== undefined && serviceKeyIds.includes(kid);
  if (serviceKey && (identity.role !== 'SERVICE' || identity.service !== kid)) {
    throw unauthenticated(`the key "${kid}" signs only SERVICE tokens of the ${kid} service`);
  }
  if (!serviceKey && identity.role === 'SERVICE') throw unauthenticated("a SERVICE token must be signed with that service's own key");
}

export interface BearerVerifier {
  /** The caller: PUBLIC without a token; UNAUTHENTICATED (401) for a token that does not verify. */
  identify(authorization: string | undefined, clientAddress: string | undefined): Promise<Identity>;
}

/** Keys by algorithm family, so that an HS256 token is never checked against a public key or the reverse. */
function keyFor(options: BearerVerifierOptions): JWTVerifyGetKey {
  const jwks = options.jwks
    ? 'json' in options.jwks
      ? createLocalJWKSet(JSON.parse(options.jwks.json))
      : createRemoteJWKSet(new URL(options.jwks.url), { timeoutDuration: 5_000, cooldownDuration: 30_000 })
    : null;
  const secret = options.devSecret ? new TextEncoder().encode(options.devSecret) : null;
  return async (header, token) => {
    if (header.alg === 'HS256' && secret) return secret;
    if (header.alg !== 'HS256' && jwks) return jwks(header, token);
    throw unauthenticated(`tokens signed with ${header.alg ?? 'no algorithm'} are not accepted here`);
  };
}

/**
 * Verifies the bearer tokens clients present (issuer, audience, expiry and signature). A token that
 * verified is remembered by its exact text until its `exp` (at most REVERIFY_AFTER_MS), so a client
 * sending the same bearer with every request pays for one signature check; a refused token never is.
 */
export function createBearerVerifier(options: BearerVerifierOptions): BearerVerifier {
  const key = keyFor(options);
  const now = options.now ?? (() => new Date());
  const verified = createVerifiedTokenCache<Identity>({ max: options.cacheSize ?? 10_000, now: () => now().getTime() });
  return {
    async identify(authorization, clientAddress) {
      if (!authorization) return { role: 'PUBLIC', subject: '', clientAddress };
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      if (!match) throw unauthenticated('the Authorization header must be "Bearer <token>"');
      const token = match[1];
      const cached = verified.get(token);
      if (cached) return { ...cached, clientAddress };
      try {
        const currentDate = now();
        const { payload, protectedHeader } = await jwtVerify(token, key, {
          issuer: options.issuer,
          audience: options.audience,
          algorithms: ['HS256', 'RS256', 'ES256', 'EdDSA'],
          requiredClaims: ['exp'],
          currentDate,
        });
        const identity = identityFromClaims(payload);
        if (identity.role === 'PUBLIC') throw unauthenticated('PUBLIC is the caller without a token, not a role to claim');
        checkKeyBinding(identity, protectedHeader.alg, protectedHeader.kid, options.serviceKeyIds ?? DEFAULT_SERVICE_KEY_IDS);
        verified.set(token, identity, Math.min((payload.exp ?? 0) * 1000, currentDate.getTime() + REVERIFY_AFTER_MS));
        return { ...identity, clientAddress };
      } catch (error) {
        if (error instanceof errors.JOSEError) throw unauthenticated(`token refused: ${error.code}`);
        throw error;
      }
    },
  };
}

/**
 * From the environment: AUTH_ISSUER, AUTH_AUDIENCE; AUTH_JWKS_FILE or AUTH_JWKS_URL in production;
 * SERVICE_KEY_IDS (comma-separated kids of the subgraphs' SERVICE keys, default their names);
 * outside production also the development secret (AUTH_DEV_SECRET or its marked default).
 */
export function bearerVerifierFromEnv(env: NodeJS.ProcessEnv = process.env): BearerVerifier {
  const jwks = env.AUTH_JWKS_FILE ? { json: readFileSync(env.AUTH_JWKS_FILE, 'utf8') } : env.AUTH_JWKS_URL ? { url: env.AUTH_JWKS_URL } : undefined;
  const devSecret = devBearerSecret(env);
  if (!jwks && !devSecret) throw new Error('AUTH_JWKS_FILE or AUTH_JWKS_URL must be set in production: bearer tokens are verified with them');
  const serviceKeyIds = env.SERVICE_KEY_IDS ? env.SERVICE_KEY_IDS.split(',').map((kid) => kid.trim()).filter(Boolean) : undefined;
  return createBearerVerifier({ issuer: env.AUTH_ISSUER || DEV_ISSUER, audience: env.AUTH_AUDIENCE || GATEWAY_AUDIENCE, jwks, devSecret, serviceKeyIds });
}
