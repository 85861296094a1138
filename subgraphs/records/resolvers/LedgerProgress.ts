import { badUserInput } from '../../kit/errors';
import type { LedgerProgressResolvers } from '../generated/resolversTypes';

const MAX_HOLDING_BACK = 1_000;

export const LedgerProgress: LedgerProgressResolvers = {
  holdingBack: ({ holdingBackEntries }, { first }) => {
    const limit = first ?? 100;
    if (limit < 0 || limit > MAX_HOLDING_BACK) throw badUserInput('first', `must be between 0 and ${MAX_HOLDING_BACK}`);
    return holdingBackEntries.slice(0, limit);
  },
};
