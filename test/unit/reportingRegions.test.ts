import { expectedReporters, regionName, reportingRegionsOf } from '../../subgraphs/records/reports/reportingRegions';

describe('which regions report a ledger entry (monthly reports)', () => {
  it.each([
    ['a county', '430102', ['430000', '430100', '430102']],
    ['a city', '430100', ['430000', '430100']],
    ['a province', '430000', ['430000']],
    ["a municipality's district (no 110100 市辖区 reports)", '110105', ['110000', '110105']],
    ["a municipality's city-level code", '110100', ['110000']],
    ['a county-level city directly under its province (仙桃市)', '429004', ['420000', '429004']],
  ])('%s: %s is reported by %j', (_case, region, chain) => {
    expect(reportingRegionsOf(region)).toEqual(chain);
  });

  const entries = [
    { region: '430102', count: 2 },
    { region: '430104', count: 1 },
    { region: '430100', count: 1 },
    { region: '430000', count: 5 },
    { region: '110105', count: 1 },
  ];

  it('expects the provinces nationally, with every entry at or below each', () => {
    expect([...expectedReporters(entries, null)]).toEqual([['110000', 1], ['430000', 9]]);
  });

  it("expects a province's cities and counties, and a city's counties, never the asker itself or what is outside it", () => {
    expect([...expectedReporters(entries, '430000')]).toEqual([['430100', 4], ['430102', 2], ['430104', 1]]);
    expect([...expectedReporters(entries, '430100')]).toEqual([['430102', 2], ['430104', 1]]);
    expect([...expectedReporters(entries, '430102')]).toEqual([]);
    expect([...expectedReporters(entries, '110000')]).toEqual([['110105', 1]]);
  });

  it('names regions by GB/T 2260', () => {
    expect([regionName('430000'), regionName('430102'), regionName('439999')]).toEqual(['湖南省', '芙蓉区', null]);
  });
});
