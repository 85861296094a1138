import { findRegionNames } from '../../kit/regions';
import { cityOf, provinceOf, regionLevel } from '../../kit/scalars/regionCode';

/** The region's name (e.g. 芙蓉区), null for a code GB/T 2260 does not know. */
export function regionName(code: string): string | null {
  return findRegionNames(code)?.name ?? null;
}

/** Whether a city-level code names a city with its own lead unit (not 110100 市辖区 or 429000 省直辖县级行政区划). */
const isCity = (code: string) => findRegionNames(code)?.path.length === 2;

/**
 * The regions whose lead units report the ledger entries of `region`: its province, its city and
 * itself. A city-level code that names no city (the districts of a municipality such as 北京市 sit
 * directly under it: 110105 has no 110100 that reports; 429004 仙桃市 sits under 湖北省) reports
 * nothing: its entries are the province's.
 */
export function reportingRegionsOf(region: string): string[] {
  const province = provinceOf(region);
  const city = cityOf(region);
  const chain = [province];
  if (regionLevel(region) !== 'PROVINCE' && isCity(city)) chain.push(city);
  if (regionLevel(region) === 'COUNTY') chain.push(region);
  return chain;
}

/**
 * The regions expected to report, with the number of entries at or below each: every region
 * with ledger entries at or below it, one level or more under `scope` (the provinces when
 * `scope` is null, i.e. nationally; the cities and counties of a province; the counties of a
 * city). `entries` are the entry counts by entry region.
 */
export function expectedReporters(entries: { region: string; count: number }[], scope: string | null): Map<string, number> {
  const expected = new Map<string, number>();
  for (const { region, count } of entries) {
    const chain = reportingRegionsOf(region);
    const at = scope === null ? -1 : chain.indexOf(scope);
    if (scope !== null && at < 0) continue;
    const below = scope === null ? chain.slice(0, 1) : chain.slice(at + 1);
    for (const reporter of below) expected.set(reporter, (expected.get(reporter) ?? 0) + count);
  }
  return new Map([...expected].sort(([a], [b]) => a.localeCompare(b)));
}
