import { requireRole } from '../../kit/identity/authorize';
import { loadByExposedId } from '../../kit/loaders/rowId';
import { recordsRoles } from '../access/recordsRoles';
import type { RecordsContext } from '../context';
import type { LedgerEntryResolvers } from '../generated/resolversTypes';
import type { LedgerState } from '../loaders/createLedgerStateLoader';
import type { LedgerEntryView } from '../store/LedgerEntryView';

const stateOf = async (entry: LedgerEntryView, { loaders }: RecordsContext): Promise<LedgerState> =>
  entry.asOf ? loaders.ledgerStateAt.load({ id: entry.id, asOf: entry.asOf }) : entry;

const inRegion = ({ uscc, region, asOf }: LedgerEntryView) => ({ uscc, region, asOf: asOf ?? null });

/** An entry reaches these resolvers only when its caller may see it: the facts of its own region are in scope with it. */
export const LedgerEntry: LedgerEntryResolvers = {
  __resolveReference: ({ id }, { loaders, identity }) => {
    requireRole(identity, recordsRoles.readLedgerEntry, 'read ledger entries');
    return loadByExposedId(loaders.ledgerEntryById, id);
  },
  id: ({ id }) => String(id),
  subject: ({ uscc }) => ({ uscc }),
  status: async (entry, _args, context) => (await stateOf(entry, context)).status,
  exclusionReason: async (entry, _args, context) => (await stateOf(entry, context)).exclusionReason,
  exitedAt: async (entry, _args, context) => (await stateOf(entry, context)).exitedAt,
  targets: (entry, _args, { loaders }) => loaders.targetsInRegion.load(inRegion(entry)),
  recordCount: (entry, _args, { loaders }) => loaders.recordCountInRegion.load(inRegion(entry)),
  interviews: (entry, _args, { loaders }) => loaders.interviewsInRegion.load(inRegion(entry)),
  keySupervisionHistory: ({ id }, _args, { loaders }) => loaders.keySupervisionsByEntry.load(id),
  riskWarnings: ({ id }, _args, { loaders }) => loaders.riskWarningsByEntry.load(id),
};
