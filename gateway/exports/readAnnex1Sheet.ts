import type { ApolloServer } from '@apollo/server';
import { DateTime } from 'luxon';
import { SHANGHAI } from '../../subgraphs/kit/calendar/timeZone';
import { annex1Rows, type Annex1Row } from '../../subgraphs/kit/ledger';
import { findRegionNames } from '../../subgraphs/kit/regions';
import type { GatewayContext } from '../auth/gatewayContext';
import { fetchAnnex1Entries } from './fetchAnnex1Entries';
import { fetchAnnex1Report } from './fetchAnnex1Report';
import { findCurrentReportId } from './findCurrentReportId';
import type { LedgerExportParams, ReportExportParams } from './readLedgerExportParams';

/** What an export file shows, whatever it was read from. */
export interface Annex1SheetSource {
  /** The region's names as the title writes them (湖南省长沙市). */
  regionTitle: string;
  /** The date of Annex 1's 时间, YYYY-MM-DD. */
  date: string;
  rows: Annex1Row[];
  /** The file's name without extension after the title, e.g. 430102_2021-06_v2; the ASCII fallback is `ledger_` + it. */
  nameStem: string;
}

/**
 * The ledger now, or a submitted monthly report (by id, or the region's current one for a past
 * `period`: the ledger of a month read today would mix that month's records with the other
 * agencies' facts of today), read as the caller.
 */
export async function readAnnex1Sheet(
  server: ApolloServer<GatewayContext>,
  context: GatewayContext,
  params: LedgerExportParams | ReportExportParams,
): Promise<Annex1SheetSource> {
  if (params.kind === 'report') return reportSheet(server, context, params.id);
  if (params.period !== null) return reportSheet(server, context, await findCurrentReportId(server, context, params.region.code, params.period));
  const entries = await fetchAnnex1Entries(server, context, params.region.code, null);
  return { regionTitle: params.region.title, date: params.date, rows: annex1Rows(entries), nameStem: `${params.region.code}_${params.date}` };
}

/** A submitted report as it was reported. */
async function reportSheet(server: ApolloServer<GatewayContext>, context: GatewayContext, id: string): Promise<Annex1SheetSource> {
  const report = await fetchAnnex1Report(server, context, id);
  // A report is dated the day it was submitted (填报日期), Asia/Shanghai.
  const date = DateTime.fromISO(report.submittedAt, { zone: SHANGHAI }).toISODate() ?? report.submittedAt.slice(0, 10);
  return {
    regionTitle: findRegionNames(report.region)?.title ?? report.region,
    date,
    rows: report.rows,
    nameStem: `${report.region}_${report.period}_v${report.version}`,
  };
}
