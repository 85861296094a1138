import express from 'express';

/** Express's 'trust proxy' setting: whether (or how many hops, or which addresses) to believe X-Forwarded-For. */
export type TrustProxy = boolean | number | string;

/**
 * TRUST_PROXY as express reads it: unset or `false` (the default: the client is the peer of the
 * socket), `true` (the left-most X-Forwarded-For address), a number of proxy hops, or addresses,
 * subnets and express's names (`loopback`, `uniquelocal`, ...) separated by commas.
 */
export function trustProxyFromEnv(env: NodeJS.ProcessEnv = process.env): TrustProxy {
  const text = env.TRUST_PROXY?.trim();
  if (!text || text === 'false') return false;
  if (text === 'true') return true;
  if (/^\d+$/.test(text)) return Number(text);
  try {
    express().set('trust proxy', text);
  } catch (error) {
    throw new Error(`TRUST_PROXY must be true, false, a number of hops or addresses and subnets separated by commas: ${error instanceof Error ? error.message : String(error)}`);
  }
  return text;
}
