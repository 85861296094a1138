import { shownAccount } from '../access/shownAccount';
import type { BusinessStatusChangeResolvers } from '../generated/resolversTypes';

export const BusinessStatusChange: BusinessStatusChangeResolvers = {
  changedBy: async (change, _args, { identity, loaders }) =>
    shownAccount(identity, await loaders.institutionByUscc.load(change.uscc), change.changedBy),
};
