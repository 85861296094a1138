import type { RiskWarningResolvers } from '../generated/resolversTypes';

export const RiskWarning: RiskWarningResolvers = {
  id: ({ id }) => String(id),
  entryCount: ({ id }, _args, { loaders }) => loaders.riskWarningEntryCount.load(id),
};
