import { SignJWT, importPKCS8, importSPKI, jwtVerify, errors, type JWTPayload } from 'jose';
import { GATEWAY_ISSUER } from './devDefaults';
import { createVerifiedTokenCache } from './createVerifiedTokenCache';
import { claimsOf, identityFromClaims, unauthenticated, type Identity } from './identity';

/** The header that carries the gateway-signed identity to a subgraph. */
export const IDENTITY_HEADER = 'x-credit-identity';

/** How long a subgraph identity is valid: it covers the subgraph calls of the requests that reuse it (the gateway hands it out for half this time). */
export const IDENTITY_TTL_SECONDS = 60;

const ALGORITHM = 'ES256';

/** The age past which a subgraph refuses an identity, whatever its `exp` says. */
const MAX_TOKEN_AGE_SECONDS = IDENTITY_TTL_SECONDS + 5;

export interface IdentitySigner {
  /** A token for `audience` (a subgraph's name) carrying `identity`, valid IDENTITY_TTL_SECONDS. */
  sign(identity: Identity, audience: string): Promise<string>;
}

export async function createIdentitySigner(privateKeyPem: string): Promise<IdentitySigner> {
  const key = await importPKCS8(privateKeyPem, ALGORITHM);
  return {
    sign: (identity, audience) =>
      new SignJWT(claimsOf(identity))
        .setProtectedHeader({ alg: ALGORITHM })
        .setIssuer(GATEWAY_ISSUER)
        .setAudience(audience)
        .setIssuedAt()
        .setExpirationTime(`${IDENTITY_TTL_SECONDS}s`)
        .sign(key),
  };
}

export interface IdentityVerifier {
  /** The identity a request carries; UNAUTHENTICATED when missing, forged, expired or for another subgraph. */
  verify(token: string | undefined): Promise<Identity>;
}

export interface IdentityVerifierOptions {
  /** The clock of expiry checks; default the system clock. */
  now?: () => Date;
  /** Identities remembered by token (the gateway reuses a token for every request of the same caller). Default 1,000. */
  cacheSize?: number;
}

/** Epoch milliseconds until which a verified token stays acceptable: its `exp`, and never past the maximum age. */
function validUntilMs(payload: JWTPayload): number {
  const byAge = (payload.iat ?? 0) + MAX_TOKEN_AGE_SECONDS;
  return Math.min(payload.exp ?? byAge, byAge) * 1000;
}

export async function createIdentityVerifier(publicKeyPem: string, audience: string, options: IdentityVerifierOptions = {}): Promise<IdentityVerifier> {
  const key = await importSPKI(publicKeyPem, ALGORITHM);
  const now = options.now ?? (() => new Date());
  // Per verifier, so per audience: a token verified for this subgraph is never served to another.
  const verified = createVerifiedTokenCache<Identity>({ max: options.cacheSize ?? 1_000, now: () => now().getTime() });
  return {
    async verify(token) {
      if (!token) throw unauthenticated('no identity: requests must come through the gateway');
      const cached = verified.get(token);
      if (cached) return { ...cached };
      try {
        const { payload } = await jwtVerify(token, key, {
          issuer: GATEWAY_ISSUER,
          audience,
          algorithms: [ALGORITHM],
          maxTokenAge: `${MAX_TOKEN_AGE_SECONDS}s`,
          currentDate: now(),
        });
        const identity = identityFromClaims(payload);
        verified.set(token, identity, validUntilMs(payload));
        return { ...identity };
      } catch (error) {
        if (error instanceof errors.JOSEError) throw unauthenticated(`identity refused: ${error.code}`);
        throw error;
      }
    },
  };
}
