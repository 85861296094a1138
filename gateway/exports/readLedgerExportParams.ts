import { DateTime } from 'luxon';
import { SHANGHAI } from '../../subgraphs/kit/calendar/timeZone';
import { findRegionNames, type RegionNames } from '../../subgraphs/kit/regions';
import { badExportParameter } from './ExportRefusal';

/** The ledger now or at a month's end, read from governanceLedger. */
export interface LedgerExportParams {
  kind: 'ledger';
  region: RegionNames;
  /** A month YYYY-MM: the region's current submitted report of that month; null: the ledger now. */
  period: string | null;
  /** The date of the sheet (Annex 1's 时间) of the ledger now: today (a report is dated the day it was submitted). */
  date: string;
}

/** A submitted monthly report, as it was reported (records' ledgerReport). */
export interface ReportExportParams {
  kind: 'report';
  id: string;
}

const REGION = /^\d{6}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function single(query: Record<string, unknown>, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw badExportParameter(name, 'must be given once');
  return value;
}

/**
 * `region` (a GB/T 2260 code the region names know) and `period` (optional month), or `report`
 * (a monthly report's id) alone, of an export URL; 400 BAD_USER_INPUT naming the parameter
 * otherwise, also for a period after the current month. A period is served from the region's
 * current submitted report of that month (readAnnex1Sheet).
 */
export function readLedgerExportParams(query: Record<string, unknown>, now: Date): LedgerExportParams | ReportExportParams {
  const report = single(query, 'report');
  if (report !== undefined) {
    if (!report) throw badExportParameter('report', 'must be the id of a monthly ledger report');
    if (query.region !== undefined || query.period !== undefined) throw badExportParameter('report', 'is given alone: a report has its own region and period');
    return { kind: 'report', id: report };
  }
  const code = single(query, 'region');
  if (code === undefined || code === '') throw badExportParameter('region', 'is required: a GB/T 2260 code, e.g. region=430100 (or report=<id> for a monthly report)');
  if (!REGION.test(code)) throw badExportParameter('region', `${code} is not a 6-digit GB/T 2260 code`);
  const region = findRegionNames(code);
  if (!region) throw badExportParameter('region', `${code} is not a GB/T 2260 region code`);

  const period = single(query, 'period') || null;
  if (period !== null && !MONTH.test(period)) throw badExportParameter('period', 'must be a month YYYY-MM, e.g. 2021-06');

  const today = DateTime.fromJSDate(now, { zone: SHANGHAI }).startOf('day');
  if (period !== null && period > today.toFormat('yyyy-MM')) throw badExportParameter('period', `${period} is after the current month`);
  const date = period ? DateTime.min(DateTime.fromISO(`${period}-01`, { zone: SHANGHAI }).endOf('month').startOf('day'), today) : today;
  return { kind: 'ledger', region, period, date: date.toISODate() ?? '' };
}
