import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { createBearerVerifier } from '../../gateway/auth/createBearerVerifier';

const ISSUER = 'https://idp.example.gov.cn';
const AUDIENCE = 'credit-governance-gateway';

describe('bearer tokens signed with JWKS keys are bound to their roles', () => {
  let sign: (kid: string, claims: Record<string, unknown>) => Promise<string>;
  let verifier: ReturnType<typeof createBearerVerifier>;

  beforeAll(async () => {
    const idp = await generateKeyPair('ES256');
    const repair = await generateKeyPair('ES256');
    const keys = [
      { ...(await exportJWK(idp.publicKey)), kid: 'idp-1', alg: 'ES256' },
      { ...(await exportJWK(repair.publicKey)), kid: 'repair', alg: 'ES256' },
    ];
    const privateKeys: Record<string, typeof idp.privateKey> = { 'idp-1': idp.privateKey, repair: repair.privateKey };
    sign = (kid, claims) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'ES256', kid })
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setExpirationTime('5m')
        .sign(privateKeys[kid]);
    verifier = createBearerVerifier({ issuer: ISSUER, audience: AUDIENCE, jwks: { json: JSON.stringify({ keys }) }, devSecret: null });
  });

  const identify = async (kid: string, claims: Record<string, unknown>) => verifier.identify(`Bearer ${await sign(kid, claims)}`, '203.0.113.9');

  it('accepts people from the identity provider and each service from its own key', async () => {
    await expect(identify('idp-1', { role: 'NATIONAL_REGULATOR', sub: 'n' })).resolves.toMatchObject({ role: 'NATIONAL_REGULATOR' });
    await expect(identify('repair', { role: 'SERVICE', sub: 'service:repair', service: 'repair' })).resolves.toMatchObject({ role: 'SERVICE', service: 'repair' });
  });

  it.each([
    ['a regulator signed with a service key (a stolen subgraph key)', 'repair', { role: 'NATIONAL_REGULATOR', sub: 'n' }],
    ['another service signed with the repair key', 'repair', { role: 'SERVICE', sub: 's', service: 'records' }],
    ['a SERVICE token from the identity provider', 'idp-1', { role: 'SERVICE', sub: 's', service: 'repair' }],
  ])('refuses %s', async (_case, kid, claims) => {
    await expect(identify(kid, claims)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('accepts no development HS256 token when there is no development secret (production)', async () => {
    const token = await new SignJWT({ role: 'NATIONAL_REGULATOR', sub: 'n' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('x'.repeat(40)));
    await expect(verifier.identify(`Bearer ${token}`, undefined)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});
