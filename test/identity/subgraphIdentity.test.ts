import { SignJWT, importPKCS8 } from 'jose';
import { generateKeyPairSync } from 'node:crypto';
import { institutionsSubgraph } from '../../subgraphs/institutions/institutionsSubgraph';
import { GATEWAY_ISSUER } from '../../subgraphs/kit/identity/devDefaults';
import { createIdentitySigner } from '../../subgraphs/kit/identity/identityToken';
import { gatewayPrivateKeyPem } from '../../subgraphs/kit/identity/keyMaterial';
import { NATIONAL_REGULATOR, startTestSubgraph, type TestSubgraph } from '../support/startTestSubgraph';
import { createTestStorage, type TestStorage } from '../support/testStorage';

const QUERY = '{ institutions { totalCount } }';

async function signed(options: { key?: string; audience?: string; expiresAt?: number; issuer?: string }): Promise<string> {
  const key = await importPKCS8(options.key ?? gatewayPrivateKeyPem(), 'ES256');
  return new SignJWT({ role: 'NATIONAL_REGULATOR', sub: 'someone' })
    .setProtectedHeader({ alg: 'ES256' })
    .setIssuer(options.issuer ?? GATEWAY_ISSUER)
    .setAudience(options.audience ?? 'institutions')
    .setIssuedAt(Math.floor(Date.now() / 1000) - 120)
    .setExpirationTime(options.expiresAt ?? Math.floor(Date.now() / 1000) + 30)
    .sign(key);
}

describe('a subgraph accepts only an identity the gateway signed for it', () => {
  let storage: TestStorage;
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    storage = createTestStorage('sqlite');
    subgraph = await startTestSubgraph(institutionsSubgraph, storage.storageFor('institutions'));
  });

  afterAll(async () => {
    await subgraph.close();
    await storage.cleanup();
  });

  it('answers with a valid identity', async () => {
    expect((await subgraph.request(QUERY)).data).toEqual({ institutions: { totalCount: 0 } });
  });

  const otherKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

  it.each([
    ['no identity', async () => undefined],
    ['a tampered identity', async () => {
      const token = await createIdentitySigner(gatewayPrivateKeyPem()).then((signer) => signer.sign({ role: 'LEAD_UNIT', subject: 'x', region: '430000' }, 'institutions'));
      const [header, , signature] = token.split('.');
      const payload = Buffer.from(JSON.stringify({ role: 'NATIONAL_REGULATOR', sub: 'x', aud: 'institutions', iss: GATEWAY_ISSUER, exp: 9_999_999_999 })).toString('base64url');
      return `${header}.${payload}.${signature}`;
    }],
    ['an identity signed by another key', () => signed({ key: otherKey })],
    ['an identity addressed to another subgraph', () => signed({ audience: 'records' })],
    ['an expired identity', () => signed({ expiresAt: Math.floor(Date.now() / 1000) - 10 })],
    ['an identity from another issuer', () => signed({ issuer: 'someone-else' })],
  ])('refuses %s as UNAUTHENTICATED with 401, touching no data', async (_case, token) => {
    const header = await token();
    subgraph.statements.reset();
    const response = await fetch(subgraph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(header ? { 'x-credit-identity': header } : {}) },
      body: JSON.stringify({ query: QUERY }),
    });
    expect(response.status).toBe(401);
    const body: { data?: unknown; errors: { extensions: { code: string } }[] } = JSON.parse(await response.text());
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(body.data ?? null).toBeNull();
    expect(subgraph.statements.count).toBe(0);
  });

  it('keeps its health endpoints open', async () => {
    const base = subgraph.url.replace('/graphql', '');
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
    expect((await fetch(`${base}/health/ready`)).status).toBe(200);
  });

  it('signs identities valid for at most 60 seconds', async () => {
    const token = await (await createIdentitySigner(gatewayPrivateKeyPem())).sign(NATIONAL_REGULATOR, 'institutions');
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
    expect(claims.exp - claims.iat).toBeLessThanOrEqual(60);
    expect(claims.aud).toBe('institutions');
  });
});
