import type { LedgerReportRowResolvers } from '../generated/resolversTypes';
import { reportRowOf } from '../reports/readReportRow';

/** A stored row of a monthly report: its Annex 1 cells as stored at submission (reports/readReportRow.ts). */
export const LedgerReportRow: LedgerReportRowResolvers = {
  entryId: ({ entryId }) => String(entryId),
  subjectName: (row) => reportRowOf(row).subjectName,
  recordCount: (row) => reportRowOf(row).recordCount,
  interview: (row) => reportRowOf(row).interview,
  correction: (row) => reportRowOf(row).correction,
  commitment: (row) => reportRowOf(row).commitment,
  repair: (row) => reportRowOf(row).repair,
  keySupervision: (row) => reportRowOf(row).keySupervision,
  exited: (row) => reportRowOf(row).exited,
  remarks: (row) => reportRowOf(row).remarks,
  responsibleUnit: (row) => reportRowOf(row).responsibleUnit,
};
