import { LRUCache } from 'lru-cache';
import { claimsOf, type Identity } from '../../subgraphs/kit/identity/identity';
import { IDENTITY_TTL_SECONDS, type IdentitySigner } from '../../subgraphs/kit/identity/identityToken';

export interface CachingIdentitySignerOptions {
  /**
   * How long a token is handed out again after it was signed. Default half its validity (30 s):
   * a reused token still has about 30 s to live, three times the default subgraph deadline.
   */
  reuseForMs?: number;
  /** Tokens kept (one per caller identity and subgraph); the least recently used goes first. Default 1,000. */
  maxEntries?: number;
  /** Epoch milliseconds; default the system clock. */
  now?: () => number;
}

/** The identity's claims in a fixed order, with the audience: two requests of the same caller share it. */
function cacheKey(identity: Identity, audience: string): string {
  const claims = Object.entries(claimsOf(identity)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([audience, claims]);
}

/**
 * Signs each (identity, subgraph) once and hands the same token to the requests that follow while
 * it is young: an ES256 signature per subgraph per request was most of the gateway's own CPU time.
 * The token carries exactly the claims it was asked for (the client address included), so reusing
 * it tells a subgraph nothing a fresh one would not; a token for one audience is never given for another.
 */
export function createCachingIdentitySigner(signer: IdentitySigner, options: CachingIdentitySignerOptions = {}): IdentitySigner {
  const reuseForMs = options.reuseForMs ?? (IDENTITY_TTL_SECONDS * 1000) / 2;
  const now = options.now ?? Date.now;
  const tokens = new LRUCache<string, { token: Promise<string>; signedAt: number }>({ max: options.maxEntries ?? 1_000 });
  return {
    sign(identity, audience) {
      const key = cacheKey(identity, audience);
      const at = now();
      const cached = tokens.get(key);
      // A clock that went back makes a token's age unknown: sign afresh.
      if (cached && at >= cached.signedAt && at - cached.signedAt < reuseForMs) return cached.token;
      const entry = { token: signer.sign(identity, audience), signedAt: at };
      tokens.set(key, entry);
      // A failed signature is not remembered; the caller sees the failure through the promise it holds.
      entry.token.catch(() => {
        if (tokens.peek(key) === entry) tokens.delete(key);
      });
      return entry.token;
    },
  };
}
