import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Encryption of personal data at rest, behind one interface so that a national algorithm
 * (SM4-GCM) can replace AES where required: only this file knows the algorithm.
 */
export interface Cipher {
  encrypt(plain: string): string;
  decrypt(stored: string): string;
}

const FORMAT = 'aes256gcm';
const IV_BYTES = 12;

/**
 * AES-256-GCM. Each ciphertext carries the id of its key (`aes256gcm:<kid>:<iv>:<tag>:<data>`),
 * so keys rotate: new data is encrypted with `activeKeyId`, old data stays readable with its key.
 */
export function createAesGcmCipher(keys: Record<string, Buffer>, activeKeyId: string): Cipher {
  for (const [kid, key] of Object.entries(keys)) {
    if (key.length !== 32) throw new Error(`personal-data key "${kid}" must be 32 bytes (AES-256), got ${key.length}`);
    if (!/^[A-Za-z0-9_-]+$/.test(kid)) throw new Error(`personal-data key id "${kid}" may use only letters, digits, - and _`);
  }
  const active = keys[activeKeyId];
  if (!active) throw new Error(`the active personal-data key "${activeKeyId}" is not among the keys`);
  return {
    encrypt(plain) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', active, iv);
      const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [FORMAT, activeKeyId, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join(':');
    },
    decrypt(stored) {
      const [format, kid, iv, tag, data] = stored.split(':');
      const key = keys[kid];
      if (format !== FORMAT || !key || data === undefined) throw new Error(`cannot decrypt personal data (format ${format}, key "${kid}")`);
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
    },
  };
}

/** DEVELOPMENT-ONLY key (public, in this repository); refused in production. */
const DEV_KEY_ID = 'dev';
const DEV_KEY = Buffer.from('DEVELOPMENT-ONLY-pii-key-32bytes', 'utf8');

/**
 * The cipher from the environment: PERSONAL_DATA_KEYS (`kid:base64key,kid2:base64key`, each key
 * 32 bytes) and PERSONAL_DATA_ACTIVE_KEY (the kid new data is encrypted with). In production a
 * missing key is a start-up error; elsewhere the development key is used.
 */
export function cipherFromEnv(env: NodeJS.ProcessEnv = process.env): Cipher {
  const spec = env.PERSONAL_DATA_KEYS;
  if (!spec) {
    if (env.NODE_ENV === 'production') {
      throw new Error('PERSONAL_DATA_KEYS must be set in production (kid:base64key[,...]): personal data is encrypted with it');
    }
    return createAesGcmCipher({ [DEV_KEY_ID]: DEV_KEY }, DEV_KEY_ID);
  }
  const keys = Object.fromEntries(
    spec.split(',').map((entry) => {
      const [kid, key] = entry.trim().split(':');
      return [kid, Buffer.from(key ?? '', 'base64')];
    }),
  );
  const active = env.PERSONAL_DATA_ACTIVE_KEY ?? Object.keys(keys)[0];
  return createAesGcmCipher(keys, active);
}
