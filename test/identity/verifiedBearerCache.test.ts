import * as jose from 'jose';
import { createBearerVerifier } from '../../gateway/auth/createBearerVerifier';
import { DEV_BEARER_SECRET, DEV_ISSUER, GATEWAY_AUDIENCE } from '../../subgraphs/kit/identity/devDefaults';

jest.mock('jose', () => {
  const actual = jest.requireActual<typeof jose>('jose');
  return { ...actual, jwtVerify: jest.fn(actual.jwtVerify) };
});
const jwtVerify = jest.mocked(jose.jwtVerify);

function bearer(claims: Record<string, unknown>, expiresAt: number, secret = DEV_BEARER_SECRET): Promise<string> {
  return new jose.SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(DEV_ISSUER)
    .setAudience(GATEWAY_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(expiresAt)
    .sign(new TextEncoder().encode(secret));
}

const inSeconds = (seconds: number) => Math.floor(Date.now() / 1000) + seconds;
const REGULATOR = { role: 'NATIONAL_REGULATOR', sub: 'someone' };

describe('the gateway verifies a bearer once and remembers it until it expires', () => {
  beforeEach(() => jwtVerify.mockClear());

  it('checks the signature once for two requests with the same bearer, each with its own client address', async () => {
    const verifier = createBearerVerifier({ issuer: DEV_ISSUER, audience: GATEWAY_AUDIENCE, devSecret: DEV_BEARER_SECRET });
    const token = await bearer(REGULATOR, inSeconds(600));
    await expect(verifier.identify(`Bearer ${token}`, '10.0.0.1')).resolves.toEqual({ role: 'NATIONAL_REGULATOR', subject: 'someone', clientAddress: '10.0.0.1' });
    await expect(verifier.identify(`Bearer ${token}`, '10.0.0.2')).resolves.toEqual({ role: 'NATIONAL_REGULATOR', subject: 'someone', clientAddress: '10.0.0.2' });
    expect(jwtVerify).toHaveBeenCalledTimes(1);
  });

  it('refuses a remembered bearer once it has expired', async () => {
    let now = new Date();
    const verifier = createBearerVerifier({ issuer: DEV_ISSUER, audience: GATEWAY_AUDIENCE, devSecret: DEV_BEARER_SECRET, now: () => now });
    const token = await bearer(REGULATOR, inSeconds(20));
    await verifier.identify(`Bearer ${token}`, undefined);
    now = new Date(now.getTime() + 21_000);
    await expect(verifier.identify(`Bearer ${token}`, undefined)).rejects.toThrow('token refused: ERR_JWT_EXPIRED');
  });

  it('checks a long-lived bearer again after a minute', async () => {
    let now = new Date();
    const verifier = createBearerVerifier({ issuer: DEV_ISSUER, audience: GATEWAY_AUDIENCE, devSecret: DEV_BEARER_SECRET, now: () => now });
    const token = await bearer(REGULATOR, inSeconds(3_600));
    await verifier.identify(`Bearer ${token}`, undefined);
    now = new Date(now.getTime() + 61_000);
    await verifier.identify(`Bearer ${token}`, undefined);
    expect(jwtVerify).toHaveBeenCalledTimes(2);
  });

  it('refuses a forged bearer after the genuine one was remembered', async () => {
    const verifier = createBearerVerifier({ issuer: DEV_ISSUER, audience: GATEWAY_AUDIENCE, devSecret: DEV_BEARER_SECRET });
    const token = await bearer({ role: 'LEAD_UNIT', sub: 'lead', region: '430000' }, inSeconds(600));
    await verifier.identify(`Bearer ${token}`, undefined);
    const [header, , signature] = token.split('.');
    const payload = Buffer.from(JSON.stringify({ ...jose.decodeJwt(token), role: 'NATIONAL_REGULATOR' })).toString('base64url');
    await expect(verifier.identify(`Bearer ${header}.${payload}.${signature}`, undefined)).rejects.toThrow('token refused: ERR_JWS_SIGNATURE_VERIFICATION_FAILED');
    const otherSecret = await bearer(REGULATOR, inSeconds(600), 'not-the-secret-not-the-secret-not-the-secret');
    await expect(verifier.identify(`Bearer ${otherSecret}`, undefined)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('does not remember a bearer it refused', async () => {
    const verifier = createBearerVerifier({ issuer: DEV_ISSUER, audience: GATEWAY_AUDIENCE, devSecret: DEV_BEARER_SECRET });
    const token = await bearer({ role: 'PUBLIC', sub: 'x' }, inSeconds(600));
    await expect(verifier.identify(`Bearer ${token}`, undefined)).rejects.toThrow('PUBLIC is the caller without a token');
    await expect(verifier.identify(`Bearer ${token}`, undefined)).rejects.toThrow('PUBLIC is the caller without a token');
    expect(jwtVerify).toHaveBeenCalledTimes(2);
  });
});
