import { checkRegionCode, regionCovers, regionLevel } from '../../subgraphs/kit/scalars/regionCode';

describe('region scopes cut by level (DESIGN §2)', () => {
  it.each([
    ['430000', '430102', true],
    ['430000', '440305', false],
    ['430100', '430102', true],
    ['430100', '430200', false],
    ['430102', '430102', true],
    ['430102', '430103', false],
    // Trimming zeros character by character would make 31011 cover 310112: it must not.
    ['310110', '310112', false],
    ['310100', '310112', true],
  ])('%s covers %s: %s', (scope, region, covers) => {
    expect(regionCovers(scope, region)).toBe(covers);
  });

  it('tells the level', () => {
    expect([regionLevel('430000'), regionLevel('430100'), regionLevel('430102')]).toEqual(['PROVINCE', 'CITY', 'COUNTY']);
  });

  it.each(['43010', '4301020', 'abcdef', '030000'])('refuses %s', (code) => {
    expect(checkRegionCode(code).ok).toBe(false);
  });
});
