import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { readTokenSecret } from './tokenSecret';

/** Read when the subgraph is loaded, so that a production process without it never starts. */
const secret = readTokenSecret();

const NO_HASH = Buffer.alloc(32);

/** The token of a tracking number: HMAC-SHA256 under the secret, so a retry gets the same one. */
export function tokenFor(trackingNumber: string, key: string = secret): string {
  return createHmac('sha256', key).update(trackingNumber).digest('base64url');
}

/**
 * A keyed digest (HMAC-SHA256, hex) of a complaint's canonical content: it tells a retry from
 * other content without being a plain hash of the complainant's details, which anyone reading
 * the table could confirm a guess against.
 */
export function contentDigest(canonical: string, key: string = secret): string {
  return createHmac('sha256', key).update(`complaint-content\n${canonical}`).digest('hex');
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Whether `token` hashes to `storedHash`, compared in constant time; with no stored hash
 * (an unknown tracking number) the same work is done and the answer is false.
 */
export function tokenMatches(token: string, storedHash: string | null): boolean {
  const given = createHash('sha256').update(token).digest();
  const stored = storedHash && /^[0-9a-f]{64}$/.test(storedHash) ? Buffer.from(storedHash, 'hex') : NO_HASH;
  return timingSafeEqual(given, stored) && stored !== NO_HASH;
}
