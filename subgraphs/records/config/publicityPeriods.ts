import type { RecordKind, Severity } from '../generated/resolversTypes';
import { readPublicityPeriodsFile } from './readPublicityPeriodsFile';

/**
 * How long a record of some kinds and a severity is published, counted from its decision date,
 * for decisions on or after `effectiveFrom` (YYYY-MM-DD). `defaultMonths` is used when the
 * decision gives no end; a given end must lie within [`minMonths`, `maxMonths`] (no upper bound
 * when `maxMonths` is null: the listing decision says). 0 months means not published (the
 * publicity ends on the decision day).
 */
export interface PublicityPeriod {
  kinds: RecordKind[];
  severity: Severity;
  effectiveFrom: string;
  minMonths: number;
  maxMonths: number | null;
  defaultMonths: number;
  source: string;
}

const PENALTY_LIKE: RecordKind[] = ['ADMINISTRATIVE_PENALTY', 'FALSE_DISCLOSURE', 'COMMITMENT_BREACH'];

const NOTICE_2019_527 = '国家发展改革委办公厅关于进一步完善“信用中国”网站及地方信用门户网站行政处罚信息信用修复机制的通知（发改办财金〔2019〕527号）';
const ORDER_2023_58 = '失信行为纠正后的信用信息修复管理办法（试行）（国家发展改革委令2023年第58号，2023年5月1日起施行）';
const ORDER_2025_36 = '信用修复管理办法（国家发展改革委令2025年第36号，2026年4月1日起施行，废止第58号令）';
const LIST_ENTRIES =
  '严重失信主体名单信息：认定单位的名单管理规定（如市场监督管理严重违法失信名单管理办法，国家市场监督管理总局令第44号）一般列入三年；列入决定另定期限（如人民法院依法释〔2017〕7号确定的期限）的从其决定';

const penaltyLike = (severity: Severity, effectiveFrom: string, minMonths: number, maxMonths: number, defaultMonths: number, source: string): PublicityPeriod => ({
  kinds: PENALTY_LIKE, severity, effectiveFrom, minMonths, maxMonths, defaultMonths, source,
});

/**
 * The periods as the regulations set them. Administrative penalties follow them directly; false
 * disclosures and commitment breaches (other dishonesty information, 其他失信信息) are published
 * by the same severity classes, which the 2025 order applies to every kind of dishonesty
 * information. Regulations change: add a later entry (here or in PUBLICITY_PERIODS_FILE) rather
 * than editing one, so that earlier decisions keep the period they were made under.
 */
export const DEFAULT_PUBLICITY_PERIODS: PublicityPeriod[] = [
  penaltyLike('MINOR', '2019-07-01', 0, 0, 0, `${NOTICE_2019_527}：涉及轻微失信行为的行政处罚信息不予公示`),
  penaltyLike('GENERAL', '2019-07-01', 3, 12, 12, `${NOTICE_2019_527}：涉及一般失信行为的行政处罚信息最短公示三个月，最长一年`),
  penaltyLike('SERIOUS', '2019-07-01', 6, 36, 36, `${NOTICE_2019_527}：涉及严重失信行为的行政处罚信息最短公示六个月，最长三年`),
  penaltyLike('MINOR', '2023-05-01', 0, 0, 0, `${ORDER_2023_58}：轻微失信行为的行政处罚信息不予公示`),
  penaltyLike('GENERAL', '2023-05-01', 3, 12, 12, `${ORDER_2023_58}：一般失信行为的行政处罚信息最短公示期三个月，最长一年`),
  penaltyLike('SERIOUS', '2023-05-01', 12, 36, 36, `${ORDER_2023_58}：严重失信行为的行政处罚信息最短公示期一年，最长三年`),
  penaltyLike('MINOR', '2026-04-01', 0, 3, 0, `${ORDER_2025_36}：轻微失信信息原则上不予公示，确有必要公示的最长不超过3个月`),
  penaltyLike('GENERAL', '2026-04-01', 3, 12, 12, `${ORDER_2025_36}：一般失信信息最短公示期3个月，最长1年`),
  penaltyLike('SERIOUS', '2026-04-01', 12, 36, 36, `${ORDER_2025_36}：严重失信信息最短公示期1年，最长3年`),
  {
    kinds: ['SERIOUS_DISHONESTY_LIST'], severity: 'SERIOUS', effectiveFrom: '2019-07-01', minMonths: 0, maxMonths: null, defaultMonths: 36, source: LIST_ENTRIES,
  },
];

export interface PublicityPeriods {
  /** Whether records of this kind are published at all (a clue is collected, not published). */
  publishes(kind: RecordKind): boolean;
  /** The period for a decision of this kind and severity on `decidedAt`; null when none is in force then. */
  inForce(kind: RecordKind, severity: Severity, decidedAt: string): PublicityPeriod | null;
}

export function createPublicityPeriods(periods: PublicityPeriod[] = DEFAULT_PUBLICITY_PERIODS): PublicityPeriods {
  return {
    publishes: (kind) => periods.some((period) => period.kinds.includes(kind)),
    inForce(kind, severity, decidedAt) {
      const candidates = periods
        .filter((period) => period.kinds.includes(kind) && period.severity === severity && period.effectiveFrom <= decidedAt)
        .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
      return candidates[0] ?? null;
    },
  };
}

/** The defaults plus the entries of the JSON file named by PUBLICITY_PERIODS_FILE, if any (the format of PublicityPeriod, each entry checked). */
export function loadPublicityPeriods(env: NodeJS.ProcessEnv = process.env): PublicityPeriods {
  const extra = env.PUBLICITY_PERIODS_FILE ? readPublicityPeriodsFile(env.PUBLICITY_PERIODS_FILE) : [];
  return createPublicityPeriods([...DEFAULT_PUBLICITY_PERIODS, ...extra]);
}

let loaded: PublicityPeriods | null = null;

/** The periods of this process, read once (PUBLICITY_PERIODS_FILE is read at the first record). */
export function publicityPeriods(): PublicityPeriods {
  loaded ??= loadPublicityPeriods();
  return loaded;
}
