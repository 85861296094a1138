/** Used only outside production, so that a developer can run the system with no configuration. */
export const DEVELOPMENT_TOKEN_SECRET = 'DEVELOPMENT-ONLY-complaint-token-secret--set-COMPLAINT_TOKEN_SECRET-in-production';

const MIN_PRODUCTION_LENGTH = 16;

/**
 * The secret complaint tokens are derived from (COMPLAINT_TOKEN_SECRET). In production it must be
 * set (and not the development default), else the subgraph refuses to start.
 */
export function readTokenSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.COMPLAINT_TOKEN_SECRET?.trim() ?? '';
  if (env.NODE_ENV !== 'production') return secret || DEVELOPMENT_TOKEN_SECRET;
  if (!secret || secret === DEVELOPMENT_TOKEN_SECRET) {
    throw new Error('COMPLAINT_TOKEN_SECRET must be set in production: complaint tokens are derived from it');
  }
  if (secret.length < MIN_PRODUCTION_LENGTH) {
    throw new Error(`COMPLAINT_TOKEN_SECRET must be at least ${MIN_PRODUCTION_LENGTH} characters in production`);
  }
  return secret;
}
