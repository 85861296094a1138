import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * DEVELOPMENT-ONLY defaults, so that the system runs and is tested with no configuration.
 * They are public; with NODE_ENV=production every service refuses them (see keyMaterial.ts).
 */
export const DEV_BEARER_SECRET = 'DEVELOPMENT-ONLY-bearer-secret-never-use-in-production';
export const DEV_ISSUER = 'credit-governance-dev-idp';
export const GATEWAY_AUDIENCE = 'credit-governance-gateway';
export const GATEWAY_ISSUER = 'credit-governance-gateway';

function devKeyDir(): string {
  const candidates = [join(__dirname, '../../../config/dev-keys'), join(__dirname, '../../../../config/dev-keys')];
  const found = candidates.find((dir) => existsSync(dir));
  if (!found) throw new Error('config/dev-keys not found: set GATEWAY_PRIVATE_KEY_FILE / GATEWAY_PUBLIC_KEY_FILE');
  return found;
}

export const devGatewayPrivateKeyPem = () => readFileSync(join(devKeyDir(), 'gateway-identity.DEVELOPMENT-ONLY.private.pem'), 'utf8');
export const devGatewayPublicKeyPem = () => readFileSync(join(devKeyDir(), 'gateway-identity.DEVELOPMENT-ONLY.public.pem'), 'utf8');
