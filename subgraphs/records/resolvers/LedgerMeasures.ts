import type { LedgerMeasuresResolvers } from '../generated/resolversTypes';

export const LedgerMeasures: LedgerMeasuresResolvers = {
  /** 重点监管 (placeUnderKeySupervision): the period current now, or, in a past month's ledger, at that month's end. */
  keySupervision: async ({ entry }, _args, { loaders }) => {
    const periods = await loaders.keySupervisionsByEntry.load(entry.id);
    const at = entry.asOf;
    if (!at) return periods.find((period) => period.endedAt === null) ?? null;
    return periods.find((period) => period.since < at && (period.endedAt === null || period.endedAt >= at)) ?? null;
  },
};
