import type { RiskWarningCandidateResolvers } from '../generated/resolversTypes';

export const RiskWarningCandidate: RiskWarningCandidateResolvers = {
  /** The letters of this stay in the ledger: those sent since it (re-)entered. */
  warnings: async ({ entry, inLedgerSince }, _args, { loaders }) =>
    (await loaders.riskWarningsByEntry.load(entry.id)).filter((letter) => letter.sentAt.getTime() >= inLedgerSince.getTime()),
};
