import { checkedScalar, type CheckResult } from './checkedScalar';

/** The level of a GB/T 2260 administrative division code. */
export type RegionLevel = 'PROVINCE' | 'CITY' | 'COUNTY';

export function checkRegionCode(value: unknown): CheckResult<string> {
  if (typeof value !== 'string' || !/^[1-9]\d{5}$/.test(value)) {
    return { ok: false, reason: 'must be a 6-digit GB/T 2260 administrative division code' };
  }
  return { ok: true, value };
}

export function regionLevel(code: string): RegionLevel {
  if (code.endsWith('0000')) return 'PROVINCE';
  if (code.endsWith('00')) return 'CITY';
  return 'COUNTY';
}

/** The province (XX0000) a code lies in. */
export function provinceOf(code: string): string {
  return `${code.slice(0, 2)}0000`;
}

/** The city-level code (XXXX00) a code lies in; a province's own code for a province. */
export function cityOf(code: string): string {
  return `${code.slice(0, 4)}00`;
}

/**
 * Whether `scope` covers `region`, cut by level (DESIGN.md §2): a province covers its
 * first two digits, a city its first four, a county only itself.
 */
export function regionCovers(scope: string, region: string): boolean {
  switch (regionLevel(scope)) {
    case 'PROVINCE':
      return region.slice(0, 2) === scope.slice(0, 2);
    case 'CITY':
      return region.slice(0, 4) === scope.slice(0, 4);
    default:
      return region === scope;
  }
}

/** The SQL LIKE pattern (or exact value) that selects the regions a scope covers. */
export function regionPattern(scope: string): { like: string } | { equals: string } {
  switch (regionLevel(scope)) {
    case 'PROVINCE':
      return { like: `${scope.slice(0, 2)}____` };
    case 'CITY':
      return { like: `${scope.slice(0, 4)}__` };
    default:
      return { equals: scope };
  }
}

export const RegionCodeScalar = checkedScalar({
  name: 'RegionCode',
  description: 'GB/T 2260 administrative division code (6 digits). Province 430000, city 430100, county 430102.',
  check: checkRegionCode,
});
