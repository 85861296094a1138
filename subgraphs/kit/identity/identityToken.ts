import { SignJWT, importPKCS8, importSPKI, jwtVerify, errors } from 'jose';
import { GATEWAY_ISSUER } from './devDefaults';
import { claimsOf, identityFromClaims, unauthenticated, type Identity } from './identity';

/** The header that carries the gateway-signed identity to a subgraph. */
export const IDENTITY_HEADER = 'x-credit-identity';

/** How long a subgraph identity is valid: it covers one request's subgraph calls. */
export const IDENTITY_TTL_SECONDS = 60;

const ALGORITHM = 'ES256';

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

export async function createIdentityVerifier(publicKeyPem: string, audience: string): Promise<IdentityVerifier> {
  const key = await importSPKI(publicKeyPem, ALGORITHM);
  return {
    async verify(token) {
      if (!token) throw unauthenticated('no identity: requests must come through the gateway');
      try {
        const { payload } = await jwtVerify(token, key, { issuer: GATEWAY_ISSUER, audience, algorithms: [ALGORITHM], maxTokenAge: `${IDENTITY_TTL_SECONDS + 5}s` });
        return identityFromClaims(payload);
      } catch (error) {
        if (error instanceof errors.JOSEError) throw unauthenticated(`identity refused: ${error.code}`);
        throw error;
      }
    },
  };
}
