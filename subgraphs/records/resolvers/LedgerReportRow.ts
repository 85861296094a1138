import type { LedgerReportRowResolvers } from '../generated/resolversTypes';

/** A stored row of a monthly report: its Annex 1 facts are read from what was stored at submission. */
export const LedgerReportRow: LedgerReportRowResolvers = {
  entryId: ({ entryId }) => String(entryId),
};
