import { randomBytes } from 'node:crypto';
import { cipherFromEnv, createAesGcmCipher } from '../../subgraphs/kit/crypto/cipher';
import { maskEmail, maskName, maskPhone } from '../../subgraphs/kit/crypto/mask';

describe('personal data at rest (AES-256-GCM behind one interface)', () => {
  const k1 = randomBytes(32);
  const k2 = randomBytes(32);

  it('round-trips, never stores the clear text, and uses a fresh IV each time', () => {
    const cipher = createAesGcmCipher({ k1 }, 'k1');
    const a = cipher.encrypt('张三 13800138000');
    const b = cipher.encrypt('张三 13800138000');
    expect(a).not.toContain('张三');
    expect(a).not.toBe(b);
    expect(cipher.decrypt(a)).toBe('张三 13800138000');
    expect(a.split(':').slice(0, 2)).toEqual(['aes256gcm', 'k1']);
  });

  it('rotates keys: new data under the active key, old data still readable by its key id', () => {
    const old = createAesGcmCipher({ k1 }, 'k1').encrypt('李四');
    const rotated = createAesGcmCipher({ k1, k2 }, 'k2');
    expect(rotated.encrypt('王五').split(':')[1]).toBe('k2');
    expect(rotated.decrypt(old)).toBe('李四');
  });

  it('refuses tampered ciphertext and unknown keys', () => {
    const cipher = createAesGcmCipher({ k1 }, 'k1');
    const stored = cipher.encrypt('赵六');
    const parts = stored.split(':');
    const data = Buffer.from(parts[4], 'base64url');
    data[0] ^= 1;
    parts[4] = data.toString('base64url');
    expect(() => cipher.decrypt(parts.join(':'))).toThrow();
    expect(() => createAesGcmCipher({ k2 }, 'k2').decrypt(stored)).toThrow(/key "k1"/);
  });

  it('refuses a key that is not 256 bits', () => {
    expect(() => createAesGcmCipher({ short: randomBytes(16) }, 'short')).toThrow(/32 bytes/);
  });

  it('fails at start-up in production without a key, with a clear message', () => {
    expect(() => cipherFromEnv({ NODE_ENV: 'production' })).toThrow(/PERSONAL_DATA_KEYS must be set in production/);
    const spec = `a:${k1.toString('base64')},b:${k2.toString('base64')}`;
    const fromEnv = cipherFromEnv({ NODE_ENV: 'production', PERSONAL_DATA_KEYS: spec, PERSONAL_DATA_ACTIVE_KEY: 'b' });
    expect(fromEnv.encrypt('x').split(':')[1]).toBe('b');
  });

  it('masks names, phones and e-mails', () => {
    expect(maskName('张三丰')).toBe('张**');
    expect(maskPhone('13800138000')).toBe('138****8000');
    expect(maskEmail('zhangsan@example.com')).toBe('z***@example.com');
  });
});
