import { SignJWT } from 'jose';
import { DEV_BEARER_SECRET, DEV_ISSUER, GATEWAY_AUDIENCE } from '../../subgraphs/kit/identity/devDefaults';
import { startTestSystem, type TestSystem } from '../support/startTestSystem';

const QUERY = '{ institutions { totalCount } }';

function token(options: { secret?: string; audience?: string; issuer?: string; expiresAt?: number; claims?: Record<string, unknown> }) {
  return new SignJWT(options.claims ?? { role: 'NATIONAL_REGULATOR', sub: 'someone' })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(options.issuer ?? DEV_ISSUER)
    .setAudience(options.audience ?? GATEWAY_AUDIENCE)
    .setIssuedAt(Math.floor(Date.now() / 1000) - 120)
    .setExpirationTime(options.expiresAt ?? Math.floor(Date.now() / 1000) + 600)
    .sign(new TextEncoder().encode(options.secret ?? DEV_BEARER_SECRET));
}

describe('bearer tokens at the gateway', () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await startTestSystem('sqlite');
  });

  afterAll(async () => {
    await system.close();
  });

  it('accepts a valid token', async () => {
    const result = await system.query(QUERY, undefined, { authorization: `Bearer ${await token({})}` });
    expect(result.data).toEqual({ institutions: { totalCount: 0 } });
  });

  it.each([
    ['an expired token', () => token({ expiresAt: Math.floor(Date.now() / 1000) - 5 })],
    ['a wrongly signed token', () => token({ secret: 'not-the-secret-not-the-secret-not-the-secret' })],
    ['a token for another audience', () => token({ audience: 'some-other-system' })],
    ['a token from another issuer', () => token({ issuer: 'someone-else' })],
    ['a token with an unknown role', () => token({ claims: { role: 'ADMIN', sub: 'x' } })],
    ['a LEAD_UNIT token without a region', () => token({ claims: { role: 'LEAD_UNIT', sub: 'x' } })],
    ['a token that claims to be PUBLIC', () => token({ claims: { role: 'PUBLIC', sub: 'x' } })],
    ['a token that is not a JWT', async () => 'not-a-jwt'],
  ])('refuses %s with 401 UNAUTHENTICATED', async (_case, make) => {
    const { status, body } = await system.rawQuery(QUERY, undefined, { authorization: `Bearer ${await make()}` });
    expect(status).toBe(401);
    expect(JSON.parse(body).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('treats a request without a token as the anonymous public', async () => {
    const result = await system.query('{ directory { totalCount } }', undefined, { as: null });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ directory: { totalCount: 0 } });
  });
});
