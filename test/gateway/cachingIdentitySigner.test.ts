import { createCachingIdentitySigner } from '../../gateway/auth/createCachingIdentitySigner';
import type { Identity } from '../../subgraphs/kit/identity/identity';
import type { IdentitySigner } from '../../subgraphs/kit/identity/identityToken';

const REGULATOR: Identity = { role: 'NATIONAL_REGULATOR', subject: 'someone', clientAddress: '10.0.0.1' };

/** A signer whose every token is new and says for whom it was signed. */
function countingSigner() {
  const signed: string[] = [];
  const signer: IdentitySigner = {
    sign: async (identity, audience) => {
      signed.push(`${audience}:${identity.subject}`);
      return `token-${signed.length}-for-${audience}-${identity.role}-${identity.region ?? ''}-${identity.clientAddress ?? ''}`;
    },
  };
  return { signer, signed };
}

describe('the gateway signs an identity once and reuses it while young', () => {
  it('signs once for two requests of the same caller to the same subgraph', async () => {
    const { signer, signed } = countingSigner();
    const caching = createCachingIdentitySigner(signer, { now: () => 1_000 });
    const first = await caching.sign(REGULATOR, 'institutions');
    // Another object with the same claims in another order: the same caller.
    const second = await caching.sign({ clientAddress: '10.0.0.1', subject: 'someone', role: 'NATIONAL_REGULATOR' }, 'institutions');
    expect(second).toBe(first);
    expect(signed).toEqual(['institutions:someone']);
  });

  it('never hands a token signed for one subgraph to another', async () => {
    const { signer, signed } = countingSigner();
    const caching = createCachingIdentitySigner(signer, { now: () => 1_000 });
    const forInstitutions = await caching.sign(REGULATOR, 'institutions');
    const forRecords = await caching.sign(REGULATOR, 'records');
    expect(forRecords).not.toBe(forInstitutions);
    expect(forRecords).toContain('-for-records-');
    expect(signed).toEqual(['institutions:someone', 'records:someone']);
  });

  it('never hands one caller the token of another, not even one differing by region or client address', async () => {
    const { signer } = countingSigner();
    const caching = createCachingIdentitySigner(signer, { now: () => 1_000 });
    const hunan = await caching.sign({ role: 'LEAD_UNIT', subject: 'lead', region: '430000' }, 'complaints');
    const hubei = await caching.sign({ role: 'LEAD_UNIT', subject: 'lead', region: '420000' }, 'complaints');
    const elsewhere = await caching.sign({ ...REGULATOR, clientAddress: '10.0.0.2' }, 'complaints');
    const here = await caching.sign(REGULATOR, 'complaints');
    expect(new Set([hunan, hubei, elsewhere, here]).size).toBe(4);
    expect(hubei).toContain('420000');
    expect(here).toContain('10.0.0.1');
  });

  it('signs afresh once the token is half its life old, and when the clock went back', async () => {
    const { signer, signed } = countingSigner();
    let now = 1_000_000;
    const caching = createCachingIdentitySigner(signer, { now: () => now });
    const first = await caching.sign(REGULATOR, 'repair');
    now += 29_999;
    expect(await caching.sign(REGULATOR, 'repair')).toBe(first);
    now += 1;
    const second = await caching.sign(REGULATOR, 'repair');
    expect(second).not.toBe(first);
    now -= 5_000;
    expect(await caching.sign(REGULATOR, 'repair')).not.toBe(second);
    expect(signed).toHaveLength(3);
  });

  it('does not remember a signature that failed', async () => {
    let fail = true;
    const signer: IdentitySigner = { sign: async () => (fail ? Promise.reject(new Error('no key')) : 'token') };
    const caching = createCachingIdentitySigner(signer, { now: () => 1_000 });
    await expect(caching.sign(REGULATOR, 'records')).rejects.toThrow('no key');
    fail = false;
    await expect(caching.sign(REGULATOR, 'records')).resolves.toBe('token');
  });
});
