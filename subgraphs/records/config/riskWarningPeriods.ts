import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { SHANGHAI } from '../../kit/calendar/timeZone';

/**
 * How long a governance target may stay in the ledger uncorrected before a risk warning letter
 * (风险提示函) goes to its regulator, for entries that (re-)entered the ledger on or after
 * `effectiveFrom`: calendar months from that day (Asia/Shanghai).
 */
export interface RiskWarningPeriod {
  effectiveFrom: string;
  months: number;
  source: string;
}

/**
 * The notice says only 一定时间内 (seed 二（三）) and leaves the time to the lead units. Three
 * calendar months by default: a target screened when the notice came out (印发 2021-02-08) is then
 * warned about in May, before the first target (90 % exited by 2021-06-30), while its regulator
 * can still act; and three months is the shortest publicity of a general penalty
 * (发改办财金〔2019〕527号), so a corrected target could have been repaired by then.
 * Calendar months, not working days: the notice sets its targets in months, and no regulation
 * counts this time in working days.
 */
export const DEFAULT_RISK_WARNING_PERIODS: RiskWarningPeriod[] = [
  {
    effectiveFrom: '2021-01-01',
    months: 3,
    source: '发改办财金〔2021〕156号 二（三）“对一定时间内仍未完成整改的治理对象，向监管部门发送风险提示函”：期限未作规定，默认3个月（自然月），与6月底90%的阶段目标及一般失信行为最短公示期3个月一致',
  },
];

export interface RiskWarningPeriods {
  /** The period in force for an entry that (re-)entered the ledger on `day` (YYYY-MM-DD), null when none. */
  inForce(day: string): RiskWarningPeriod | null;
  /** The first day (Asia/Shanghai) an entry that (re-)entered the ledger at `since` is due a warning. */
  dueOn(since: Date): string | null;
}

export function createRiskWarningPeriods(periods: RiskWarningPeriod[] = DEFAULT_RISK_WARNING_PERIODS): RiskWarningPeriods {
  const sorted = [...periods].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
  const inForce = (day: string) => sorted.find((period) => period.effectiveFrom <= day) ?? null;
  return {
    inForce,
    dueOn(since) {
      const start = DateTime.fromJSDate(since, { zone: SHANGHAI });
      const period = inForce(start.toISODate() ?? '');
      return period ? start.plus({ months: period.months }).toISODate() : null;
    },
  };
}

/** The defaults plus the entries of the JSON file named by RISK_WARNING_PERIODS_FILE (a list of RiskWarningPeriod), if any. */
export function loadRiskWarningPeriods(env: NodeJS.ProcessEnv = process.env): RiskWarningPeriods {
  const extra: RiskWarningPeriod[] = env.RISK_WARNING_PERIODS_FILE ? JSON.parse(readFileSync(env.RISK_WARNING_PERIODS_FILE, 'utf8')) : [];
  return createRiskWarningPeriods([...DEFAULT_RISK_WARNING_PERIODS, ...extra]);
}

let loaded: RiskWarningPeriods | null = null;

export function riskWarningPeriods(): RiskWarningPeriods {
  loaded ??= loadRiskWarningPeriods();
  return loaded;
}
