import { claimsOf, identityFromClaims } from '../../subgraphs/kit/identity/identity';
import { inRegionScope, regionScope } from '../../subgraphs/kit/identity/authorize';

describe('identity claims', () => {
  it.each([
    [{ role: 'NATIONAL_REGULATOR', sub: 'n' }, { role: 'NATIONAL_REGULATOR', subject: 'n' }],
    [{ role: 'LEAD_UNIT', sub: 'l', region: '430000' }, { role: 'LEAD_UNIT', subject: 'l', region: '430000' }],
    [{ role: 'INDUSTRY_REGULATOR', sub: 'i', region: '440305', sector: '市场监管' }, { role: 'INDUSTRY_REGULATOR', subject: 'i', region: '440305', sector: '市场监管' }],
    [{ role: 'COURT', sub: 'c', court: '湘0102' }, { role: 'COURT', subject: 'c', court: '湘0102' }],
    [{ role: 'INSTITUTION', sub: 'x', uscc: '91110000100006485k' }, { role: 'INSTITUTION', subject: 'x', uscc: '91110000100006485K' }],
    [{ role: 'SERVICE', sub: 's', service: 'repair' }, { role: 'SERVICE', subject: 's', service: 'repair' }],
  ])('reads %j', (claims, identity) => {
    expect(identityFromClaims(claims)).toMatchObject(identity);
    expect(identityFromClaims(claimsOf(identityFromClaims(claims)))).toMatchObject(identity);
  });

  it.each([
    [{ role: 'LEAD_UNIT', sub: 'l' }, /region/],
    [{ role: 'LEAD_UNIT', sub: 'l', region: '4300' }, /region/],
    [{ role: 'INDUSTRY_REGULATOR', sub: 'i', region: '440305' }, /sector/],
    [{ role: 'COURT', sub: 'c' }, /court/],
    [{ role: 'INSTITUTION', sub: 'x', uscc: '91110000100006485J' }, /uscc/],
    [{ role: 'SERVICE', sub: 's' }, /service/],
    [{ role: 'ROOT', sub: 'r' }, /role/],
    [{ role: 'NATIONAL_REGULATOR' }, /subject/],
  ])('refuses %j', (claims, message) => {
    expect(() => identityFromClaims(claims)).toThrow(message);
  });

  it('scopes by level', () => {
    const changsha = identityFromClaims({ role: 'LEAD_UNIT', sub: 'l', region: '430100' });
    expect(regionScope(changsha)).toBe('430100');
    expect(inRegionScope(changsha, '430102')).toBe(true);
    expect(inRegionScope(changsha, '430200')).toBe(false);
    expect(inRegionScope(identityFromClaims({ role: 'NATIONAL_REGULATOR', sub: 'n' }), '650000')).toBe(true);
  });
});
