import { readFileSync } from 'node:fs';
import { DEV_BEARER_SECRET, devGatewayPrivateKeyPem, devGatewayPublicKeyPem } from './devDefaults';

const production = (env: NodeJS.ProcessEnv) => env.NODE_ENV === 'production';

function fromFileOrDev(env: NodeJS.ProcessEnv, variable: string, dev: () => string): string {
  const file = env[variable];
  if (file) return readFileSync(file, 'utf8');
  if (production(env)) throw new Error(`${variable} must be set in production (the development key is public)`);
  return dev();
}

/** PEM (PKCS#8, P-256) the gateway signs subgraph identities with: GATEWAY_PRIVATE_KEY_FILE. */
export const gatewayPrivateKeyPem = (env: NodeJS.ProcessEnv = process.env) =>
  fromFileOrDev(env, 'GATEWAY_PRIVATE_KEY_FILE', devGatewayPrivateKeyPem);

/** PEM (SPKI) every subgraph verifies identities with: GATEWAY_PUBLIC_KEY_FILE. */
export const gatewayPublicKeyPem = (env: NodeJS.ProcessEnv = process.env) =>
  fromFileOrDev(env, 'GATEWAY_PUBLIC_KEY_FILE', devGatewayPublicKeyPem);

/** The shared secret of development bearer tokens (HS256): AUTH_DEV_SECRET; never in production. */
export function devBearerSecret(env: NodeJS.ProcessEnv = process.env): string | null {
  if (production(env)) return null;
  return env.AUTH_DEV_SECRET || DEV_BEARER_SECRET;
}
