import type { MarketEntityResolvers } from '../generated/resolversTypes';

export const MarketEntity: MarketEntityResolvers = {
  __resolveReference: ({ uscc }) => ({ uscc }),
  dishonestyRecords: ({ uscc }, args, { loaders }) => loaders.recordConnections.forArgs(args).load(uscc),
  recordCount: ({ uscc }, _args, { loaders }) => loaders.recordCountByUscc.load(uscc),
  activeRecordCount: ({ uscc }, _args, { loaders }) => loaders.activeRecordCountByUscc.load(uscc),
  ledgerEntries: ({ uscc }, _args, { loaders }) => loaders.ledgerEntriesByUscc.load(uscc),
  interviews: ({ uscc }, _args, { loaders }) => loaders.interviewsByUscc.load(uscc),
};
