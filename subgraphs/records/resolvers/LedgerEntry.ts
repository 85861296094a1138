import { shanghaiDate } from '../../kit/calendar/shanghaiDate';
import { requireRole } from '../../kit/identity/authorize';
import { recordsRoles } from '../access/recordsRoles';
import type { RecordsContext } from '../context';
import type { LedgerEntryResolvers } from '../generated/resolversTypes';
import { exclusionOf } from '../ledger/exclusion';
import { exitCriteria } from '../ledger/exitCriteria';
import { exposedLedgerEntryId } from '../ledger/ledgerEntryId';
import { loadLedgerEntryReference } from '../ledger/loadLedgerEntryReference';
import type { LedgerState } from '../loaders/createLedgerStateLoader';
import { ledgerMeasures } from '../store/ledgerMeasures';
import type { LedgerEntryView } from '../store/LedgerEntryView';
import { todayOf } from '../store/todayOf';

const stateOf = async (entry: LedgerEntryView, { loaders }: RecordsContext): Promise<LedgerState> =>
  entry.asOf ? loaders.ledgerStateAt.load({ id: entry.id, asOf: entry.asOf }) : entry;

const inRegion = ({ uscc, region, asOf }: LedgerEntryView) => ({ uscc, region, asOf: asOf ?? null });

/**
 * The entry's criteria: all its records in its region (whatever their status) and the hub facts
 * sent with it. For a past month, records' own facts as of its end (the records recorded by then,
 * their publicity judged on its last day), as status, recordCount and interviews are; the hub
 * facts can only be read as they are now.
 */
async function criteriaOf(entry: LedgerEntryView, context: RecordsContext) {
  const records = await context.loaders.recordsOfEntityInRegion.load(inRegion(entry));
  const day = entry.asOf ? shanghaiDate(new Date(entry.asOf.getTime() - 1)) : todayOf(context);
  return exitCriteria(records, entry.hub, day, entry.region);
}

/** An entry reaches these resolvers only when its caller may see it: the facts of its own region are in scope with it. */
export const LedgerEntry: LedgerEntryResolvers = {
  __resolveReference: (reference, context) => {
    requireRole(context.identity, recordsRoles.readLedgerEntry, 'read ledger entries');
    return loadLedgerEntryReference(reference, context);
  },
  id: exposedLedgerEntryId,
  subject: ({ uscc }) => ({ uscc }),
  // Now: excluded while institutions' business status says so (no copy); a past month: as stored then.
  status: async (entry, _args, context) => {
    if (entry.asOf) return (await stateOf(entry, context)).status;
    return exclusionOf(entry.hub) ? 'EXCLUDED' : entry.status;
  },
  exclusionReason: async (entry, _args, context) => {
    if (entry.asOf) return (await stateOf(entry, context)).exclusionReason;
    return exclusionOf(entry.hub) ?? entry.exclusionReason;
  },
  exitedAt: async (entry, _args, context) => (await stateOf(entry, context)).exitedAt,
  exitKind: async (entry, _args, context) => (await stateOf(entry, context)).exitKind,
  exitReason: async (entry, _args, context) => (await stateOf(entry, context)).exitReason,
  targets: (entry, _args, { loaders }) => loaders.targetsInRegion.load(inRegion(entry)),
  recordCount: (entry, _args, { loaders }) => loaders.recordCountInRegion.load(inRegion(entry)),
  // A list, kept from SERVICE as MarketEntity.interviews is; the Annex 1 reads measures.interviewUnits, a fact.
  interviews: (entry, _args, { identity, loaders }) => {
    requireRole(identity, recordsRoles.readEntityLists, "read a ledger entry's interviews");
    return loaders.interviewsInRegion.load(inRegion(entry));
  },
  keySupervisionHistory: ({ id }, _args, { loaders }) => loaders.keySupervisionsByEntry.load(id),
  riskWarnings: ({ id }, _args, { loaders }) => loaders.riskWarningsByEntry.load(id),
  measures: async (entry, _args, context) => {
    const [criteria, interviews] = await Promise.all([
      criteriaOf(entry, context),
      context.loaders.interviewsInRegion.load(inRegion(entry)),
    ]);
    return ledgerMeasures(entry, interviews, criteria, entry.hub);
  },
  exitCheck: async (entry, _args, context) => {
    const criteria = await criteriaOf(entry, context);
    return { allowed: criteria.every(({ met }) => met), criteria };
  },
};
