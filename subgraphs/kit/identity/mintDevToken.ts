import { SignJWT } from 'jose';
import { DEV_ISSUER, GATEWAY_AUDIENCE } from './devDefaults';
import { claimsOf, type Identity } from './identity';
import { devBearerSecret } from './keyMaterial';

/**
 * A development bearer token for the gateway (HS256 with the development secret): what
 * `npm run token` prints and the tests present. Refused in production, where the identity
 * provider issues tokens.
 */
export async function mintDevToken(identity: Omit<Identity, 'clientAddress'>, options: { expiresIn?: string; env?: NodeJS.ProcessEnv } = {}): Promise<string> {
  const env = options.env ?? process.env;
  const secret = devBearerSecret(env);
  if (!secret) throw new Error('development tokens cannot be minted in production');
  return new SignJWT(claimsOf(identity))
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(env.AUTH_ISSUER || DEV_ISSUER)
    .setAudience(env.AUTH_AUDIENCE || GATEWAY_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '8h')
    .sign(new TextEncoder().encode(secret));
}
