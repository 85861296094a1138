import { readFileSync } from 'node:fs';

export type TimeLimitKey =
  | 'REPAIR_DECISION'
  | 'COMPLAINT_ACCEPTANCE'
  | 'DEBTOR_LIST_DELETION'
  | 'MONTHLY_LEDGER_REPORT'
  | 'CONFIRMATION_ANSWER';

/** A time limit in working days, in force from `effectiveFrom` (YYYY-MM-DD), with its source. */
export interface TimeLimit {
  key: TimeLimitKey;
  workingDays: number;
  effectiveFrom: string;
  source: string;
}

/**
 * The limits as the regulations set them. Regulations change: add a later entry (here or in
 * TIME_LIMITS_FILE) rather than editing one, so that old cases keep the limit they started under.
 */
export const DEFAULT_TIME_LIMITS: TimeLimit[] = [
  {
    // Review of issue 4 (finding 7): NDRC Order 58 (2023, 失信行为纠正后的信用信息修复管理办法（试行）)
    // and Order 36 (2025, 信用修复管理办法, from 2026-04-01) superseded the 2019 notice. The
    // stored sources available when this was written hold only their opening articles, and a
    // press summary of 国办发〔2025〕22号 (which Order 36 implements) that gives the deciding
    // authority 3 working days from acceptance (extendable for complex cases). That could not be
    // checked against the orders' text, so no entry was added on its strength: the 10 days below
    // stay in force for every date until a verified entry (with its article) is added here or in
    // TIME_LIMITS_FILE. Time waiting on a court's confirmation counts (docs/authorization.md, repair).
    key: 'REPAIR_DECISION',
    workingDays: 10,
    effectiveFrom: '2019-07-01',
    source: '国家发展改革委办公厅关于进一步完善“信用中国”网站及地方信用门户网站行政处罚信息信用修复机制的通知（发改办财金〔2019〕527号）',
  },
  {
    key: 'DEBTOR_LIST_DELETION',
    workingDays: 3,
    effectiveFrom: '2017-05-01',
    source: '最高人民法院关于公布失信被执行人名单信息的若干规定（法释〔2017〕7号）第十条',
  },
  {
    // A court (or the listing authority) asked by repair whether obligations are fulfilled or a
    // settlement performed answers on the very ground on which the court must delete the entry
    // within three working days (第十条 (一)(二)); repair holds the answer to the same limit.
    key: 'CONFIRMATION_ANSWER',
    workingDays: 3,
    effectiveFrom: '2017-05-01',
    source: '最高人民法院关于公布失信被执行人名单信息的若干规定（法释〔2017〕7号）第十条：具有该条情形之一的，人民法院应当在三个工作日内删除失信信息',
  },
  {
    key: 'COMPLAINT_ACCEPTANCE',
    workingDays: 7,
    effectiveFrom: '2020-01-01',
    source: '市场监督管理投诉举报处理暂行办法（国家市场监督管理总局令第20号）第十五条',
  },
  {
    key: 'MONTHLY_LEDGER_REPORT',
    workingDays: 5,
    effectiveFrom: '2021-02-01',
    source: '国家发展改革委办公厅关于开展信用服务机构失信问题专项治理的通知（发改办财金〔2021〕156号）二（一）',
  },
];

export interface TimeLimits {
  /** The limit in force on `day` (YYYY-MM-DD). */
  inForce(key: TimeLimitKey, day: string): TimeLimit;
}

export function createTimeLimits(limits: TimeLimit[] = DEFAULT_TIME_LIMITS): TimeLimits {
  return {
    inForce(key, day) {
      const candidates = limits
        .filter((limit) => limit.key === key && limit.effectiveFrom <= day)
        .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
      if (!candidates.length) throw new Error(`no ${key} time limit in force on ${day}`);
      return candidates[0];
    },
  };
}

/** The defaults plus the entries of the JSON file named by TIME_LIMITS_FILE, if any. */
export function loadTimeLimits(env: NodeJS.ProcessEnv = process.env): TimeLimits {
  const extra: TimeLimit[] = env.TIME_LIMITS_FILE ? JSON.parse(readFileSync(env.TIME_LIMITS_FILE, 'utf8')) : [];
  return createTimeLimits([...DEFAULT_TIME_LIMITS, ...extra]);
}
