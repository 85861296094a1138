import { loadByExposedId } from '../../kit/loaders/rowId';
import type { LedgerEntryResolvers } from '../generated/resolversTypes';

export const LedgerEntry: LedgerEntryResolvers = {
  __resolveReference: ({ id }, { loaders }) => loadByExposedId(loaders.ledgerEntryById, id),
  id: ({ id }) => String(id),
  subject: ({ uscc }) => ({ uscc }),
  targets: ({ uscc, region }, _args, { loaders }) => loaders.targetsInRegion.load({ uscc, region }),
  recordCount: ({ uscc, region }, _args, { loaders }) => loaders.recordCountInRegion.load({ uscc, region }),
  interviews: ({ uscc, region }, _args, { loaders }) => loaders.interviewsInRegion.load({ uscc, region }),
};
