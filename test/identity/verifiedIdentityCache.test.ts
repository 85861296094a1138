import * as jose from 'jose';
import { createIdentitySigner, createIdentityVerifier, IDENTITY_TTL_SECONDS } from '../../subgraphs/kit/identity/identityToken';
import { gatewayPrivateKeyPem, gatewayPublicKeyPem } from '../../subgraphs/kit/identity/keyMaterial';
import type { Identity } from '../../subgraphs/kit/identity/identity';

jest.mock('jose', () => {
  const actual = jest.requireActual<typeof jose>('jose');
  return { ...actual, jwtVerify: jest.fn(actual.jwtVerify) };
});
const jwtVerify = jest.mocked(jose.jwtVerify);

const LEAD_UNIT: Identity = { role: 'LEAD_UNIT', subject: 'lead', region: '430000' };

describe('a subgraph verifies a token once and remembers the identity until it expires', () => {
  beforeEach(() => jwtVerify.mockClear());

  it('checks the signature once for two requests carrying the same token', async () => {
    const token = await (await createIdentitySigner(gatewayPrivateKeyPem())).sign(LEAD_UNIT, 'complaints');
    const verifier = await createIdentityVerifier(gatewayPublicKeyPem(), 'complaints');
    const first = await verifier.verify(token);
    const second = await verifier.verify(token);
    expect(second).toEqual(LEAD_UNIT);
    expect(second).not.toBe(first);
    expect(jwtVerify).toHaveBeenCalledTimes(1);
  });

  it('refuses a remembered token once it has expired', async () => {
    const token = await (await createIdentitySigner(gatewayPrivateKeyPem())).sign(LEAD_UNIT, 'records');
    let now = new Date();
    const verifier = await createIdentityVerifier(gatewayPublicKeyPem(), 'records', { now: () => now });
    await expect(verifier.verify(token)).resolves.toEqual(LEAD_UNIT);
    now = new Date(now.getTime() + (IDENTITY_TTL_SECONDS + 1) * 1000);
    await expect(verifier.verify(token)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('never serves a token verified for one subgraph to another', async () => {
    const token = await (await createIdentitySigner(gatewayPrivateKeyPem())).sign(LEAD_UNIT, 'institutions');
    const institutions = await createIdentityVerifier(gatewayPublicKeyPem(), 'institutions');
    const records = await createIdentityVerifier(gatewayPublicKeyPem(), 'records');
    await expect(institutions.verify(token)).resolves.toEqual(LEAD_UNIT);
    await expect(records.verify(token)).rejects.toThrow('identity refused: ERR_JWT_CLAIM_VALIDATION_FAILED');
  });

  it('refuses a forged token after the genuine one was remembered', async () => {
    const token = await (await createIdentitySigner(gatewayPrivateKeyPem())).sign(LEAD_UNIT, 'repair');
    const verifier = await createIdentityVerifier(gatewayPublicKeyPem(), 'repair');
    await verifier.verify(token);
    const [header, , signature] = token.split('.');
    const payload = Buffer.from(JSON.stringify({ ...jose.decodeJwt(token), role: 'NATIONAL_REGULATOR' })).toString('base64url');
    await expect(verifier.verify(`${header}.${payload}.${signature}`)).rejects.toThrow('identity refused: ERR_JWS_SIGNATURE_VERIFICATION_FAILED');
    await expect(verifier.verify(`${token.slice(0, -2)}AA`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('does not remember a token it refused', async () => {
    const token = await (await createIdentitySigner(gatewayPrivateKeyPem())).sign({ role: 'LEAD_UNIT', subject: 'lead', region: 'nowhere' }, 'records');
    const verifier = await createIdentityVerifier(gatewayPublicKeyPem(), 'records');
    await expect(verifier.verify(token)).rejects.toThrow('region');
    await expect(verifier.verify(token)).rejects.toThrow('region');
    expect(jwtVerify).toHaveBeenCalledTimes(2);
  });
});
