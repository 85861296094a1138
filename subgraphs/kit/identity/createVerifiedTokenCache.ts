import { LRUCache } from 'lru-cache';

export interface VerifiedTokenCache<T extends object> {
  /** What `token` was verified as, while the clock is still before the end of its validity. */
  get(token: string): T | undefined;
  /** Remembers what `token` verified as, until `validUntilMs` (epoch milliseconds). */
  set(token: string, value: T, validUntilMs: number): void;
}

export interface VerifiedTokenCacheOptions {
  /** Tokens kept; the least recently used goes first. */
  max: number;
  /** Epoch milliseconds; the same clock the verification used. */
  now: () => number;
}

/**
 * Tokens that verified, by their exact text, so that a token presented again within its validity
 * costs no signature check. Only a token that verified is ever stored: a forged or altered token is
 * different text and is verified (and refused) afresh; an expired one is dropped when asked for.
 */
export function createVerifiedTokenCache<T extends object>({ max, now }: VerifiedTokenCacheOptions): VerifiedTokenCache<T> {
  const entries = new LRUCache<string, { value: T; validUntilMs: number }>({ max });
  return {
    get(token) {
      const entry = entries.get(token);
      if (!entry) return undefined;
      if (now() < entry.validUntilMs) return entry.value;
      entries.delete(token);
      return undefined;
    },
    set(token, value, validUntilMs) {
      if (now() < validUntilMs) entries.set(token, { value, validUntilMs });
    },
  };
}
