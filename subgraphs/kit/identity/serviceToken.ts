import { readFileSync } from 'node:fs';
import { SignJWT, importPKCS8 } from 'jose';
import { DEV_ISSUER, GATEWAY_AUDIENCE } from './devDefaults';
import { devBearerSecret } from './keyMaterial';

const SERVICE_TOKEN_TTL_SECONDS = 60;

export interface ServiceTokenSource {
  /** A fresh bearer token naming this subgraph as a SERVICE caller of the gateway. */
  token(): Promise<string>;
}

/**
 * The bearer a subgraph presents when it asks the gateway for another agency's facts (role
 * SERVICE, claim `service`). Production: signed with SERVICE_SIGNING_KEY_FILE (ES256, key id
 * SERVICE_SIGNING_KEY_ID, listed in the gateway's JWKS) for AUTH_ISSUER; development: the dev secret.
 */
export function createServiceTokenSource(service: string, env: NodeJS.ProcessEnv = process.env): ServiceTokenSource {
  const issuer = env.AUTH_ISSUER || DEV_ISSUER;
  const audience = env.AUTH_AUDIENCE || GATEWAY_AUDIENCE;
  const claims = { role: 'SERVICE', service, sub: `service:${service}` };
  const build = () =>
    new SignJWT(claims).setIssuer(issuer).setAudience(audience).setIssuedAt().setExpirationTime(`${SERVICE_TOKEN_TTL_SECONDS}s`);
  const keyFile = env.SERVICE_SIGNING_KEY_FILE;
  if (keyFile) {
    const key = importPKCS8(readFileSync(keyFile, 'utf8'), 'ES256');
    const kid = env.SERVICE_SIGNING_KEY_ID ?? service;
    return { token: async () => build().setProtectedHeader({ alg: 'ES256', kid }).sign(await key) };
  }
  const secret = devBearerSecret(env);
  if (!secret) throw new Error('SERVICE_SIGNING_KEY_FILE must be set in production: subgraphs sign their SERVICE tokens with it');
  const key = new TextEncoder().encode(secret);
  return { token: () => build().setProtectedHeader({ alg: 'HS256' }).sign(key) };
}
