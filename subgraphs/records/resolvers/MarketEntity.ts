import { requireRole } from '../../kit/identity/authorize';
import { recordsRoles } from '../access/recordsRoles';
import type { RecordsContext } from '../context';
import type { MarketEntityResolvers } from '../generated/resolversTypes';
import { todayOf } from '../store/todayOf';

/** The loaders of a caller who may read records' facts about an entity; they count and list only what is in the caller's scope. */
function readerLoaders({ loaders, identity }: RecordsContext) {
  requireRole(identity, recordsRoles.readRecords, "read an entity's record counts");
  return loaders;
}

function listLoaders({ loaders, identity }: RecordsContext) {
  requireRole(identity, recordsRoles.readEntityLists, "read an entity's dishonesty records, ledger entries and interviews");
  return loaders;
}

export const MarketEntity: MarketEntityResolvers = {
  __resolveReference: ({ uscc }) => ({ uscc }),
  dishonestyRecords: ({ uscc }, args, context) => listLoaders(context).recordConnections.forArgs({ ...args, today: todayOf(context) }).load(uscc),
  recordCount: ({ uscc }, _args, context) => readerLoaders(context).recordCountByUscc.load(uscc),
  activeRecordCount: ({ uscc }, _args, context) => readerLoaders(context).activeRecordCountOn(todayOf(context)).load(uscc),
  ledgerEntries: ({ uscc }, _args, context) => listLoaders(context).ledgerEntriesByUscc.load(uscc),
  interviews: ({ uscc }, _args, context) => listLoaders(context).interviewsByUscc.load(uscc),
};
