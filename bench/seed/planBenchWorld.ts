import { findRegionNames } from '../../subgraphs/kit/regions/regionNames';
import { usccCheckCharacter } from '../../subgraphs/kit/scalars/uscc';
import type { BusinessStatus } from '../../subgraphs/institutions/generated/resolversTypes';
import { benchProvinces, type BenchProvince } from './benchProvinces';
import { createBenchRandom } from './createBenchRandom';

/** A market entity of the data set: a registered institution, or (registered: false) a firm only posing as one. */
export interface BenchEntity {
  uscc: string;
  name: string;
  /** Its county; the region of every fact about it. */
  region: string;
  province: string;
  /** The 字号 in its name: what the directory scenario searches for. */
  brand: string;
  legalRepresentative: string;
  registered: boolean;
  businessStatus: BusinessStatus;
  /** In its province's governance ledger (then a registered institution with facts in all four agencies). */
  inLedger: boolean;
}

export interface BenchWorld {
  provinces: BenchProvince[];
  entities: BenchEntity[];
  /** The brands used in names, most of them shared by many institutions. */
  brands: string[];
}

const BRANDS = [
  '诚信', '守正', '恒信', '立信', '中诚', '华誉', '鼎信', '天衡', '正元', '银河', '中和', '联创', '远东', '大公', '东方', '安泰',
  '嘉禾', '融通', '普惠', '众诚', '宏图', '汇智', '金桥', '德润', '鹏程', '新世纪', '长城', '瑞丰', '明德', '启航', '博远', '凯盛',
  '国泰', '弘毅', '泰和', '聚源', '同舟', '致远', '睿智', '信和',
];
const KINDS = ['征信服务', '信用管理', '信用评估', '信用评级', '信用修复咨询', '商务信息咨询', '数据科技', '企业管理咨询'];
/** Institutions outside the ledger per province at scale 1 (the ledger's own come on top). */
const OTHERS_PER_PROVINCE = 500;
/** Firms posing as credit service institutions, per province at scale 1. */
const IMPOSTORS_PER_PROVINCE = 60;
const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const ORG_SPACE = 31 ** 7;

/** The 9-character organisation part of the n-th code: `MA` and a bijection of n over 31^7, so codes never repeat. */
function organisationCode(n: number, seed: number): string {
  let value = (n * 7_919 + (seed % 1_000) * 104_729) % ORG_SPACE;
  let code = '';
  for (let i = 0; i < 7; i += 1) {
    code = USCC_ALPHABET[value % 31] + code;
    value = Math.floor(value / 31);
  }
  return `MA${code}`;
}

/** "广州" for 440103, "北京" for 110101: the city a firm's name starts with. */
function cityPrefix(county: string): string {
  const path = findRegionNames(county)?.path ?? [];
  return (path.length > 2 ? path[1] : path[0] ?? '').replace(/市$/, '');
}

const scaled = (count: number, scale: number) => Math.max(1, Math.round(count * scale));

/**
 * Who is in the data set: per province the ledger's institutions, other institutions and a few
 * impostors, each in a county of the province, with a name, a valid USCC and a business status.
 */
export function planBenchWorld(seed: number, scale: number): BenchWorld {
  const random = createBenchRandom(seed, 1);
  const provinces = benchProvinces();
  const brands = BRANDS.slice(0, Math.max(4, Math.round(BRANDS.length * Math.min(1, scale))));
  const entities: BenchEntity[] = [];
  const add = (province: BenchProvince, inLedger: boolean, registered: boolean) => {
    const region = random.pick(province.counties);
    const brand = random.pick(brands);
    const first17 = `91${region}${organisationCode(entities.length, seed)}`;
    // Most ledger entries are operating firms; some are excluded (bankrupt, lost contact, closed).
    const businessStatus: BusinessStatus = !registered ? 'OPERATING' : random.weighted<BusinessStatus>([
      ['OPERATING', inLedger ? 92 : 90], ['ABNORMAL_LOST_CONTACT', 4], ['DEREGISTERED', 3], ['BANKRUPTCY', 1], ['REVOKED', 1],
    ]);
    entities.push({
      uscc: first17 + usccCheckCharacter(first17),
      name: `${cityPrefix(region)}${brand}${random.pick(KINDS)}有限公司`,
      region, province: province.code, brand,
      legalRepresentative: random.faker.person.fullName(),
      registered, businessStatus, inLedger,
    });
  };
  for (const province of provinces) {
    for (let i = 0; i < (province.ledgerEntries ? scaled(province.ledgerEntries, scale) : 0); i += 1) add(province, true, true);
    for (let i = 0; i < scaled(OTHERS_PER_PROVINCE, scale); i += 1) add(province, false, true);
    for (let i = 0; i < scaled(IMPOSTORS_PER_PROVINCE, scale); i += 1) add(province, false, false);
  }
  return { provinces, entities, brands };
}
