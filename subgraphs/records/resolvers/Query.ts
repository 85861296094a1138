import { auditLogQuery } from '../../kit/audit/auditLogQuery';
import { whereRegionCovered } from '../../kit/data/whereRegionCovered';
import { loadByExposedId } from '../../kit/loaders/rowId';
import { findPage, toPage, type Connection } from '../../kit/pagination';
import { DishonestyRecordEntity } from '../entities/DishonestyRecordEntity';
import { LedgerEntryEntity } from '../entities/LedgerEntryEntity';
import type { QueryResolvers } from '../generated/resolversTypes';
import { ledgerPeriodEnd } from '../inputs/ledgerPeriod';
import type { LedgerEntryView } from '../store/LedgerEntryView';
import { applyRecordFilter } from '../store/recordFilter';

/** The entries of a ledger page as they stood just before `at`. */
function asOf(ledger: Connection<LedgerEntryEntity>, at: Date): Connection<LedgerEntryView> {
  const view = (entry: LedgerEntryEntity): LedgerEntryView => ({ ...entry, asOf: at });
  return { ...ledger, nodes: ledger.nodes.map(view), edges: ledger.edges.map(({ cursor, node }) => ({ cursor, node: view(node) })) };
}

export const Query: QueryResolvers = {
  recordsAuditLog: auditLogQuery,
  marketEntity: (_parent, { uscc }) => ({ uscc }),
  dishonestyRecord: (_parent, { id }, { loaders }) => loadByExposedId(loaders.recordById, id),
  dishonestyRecords: (_parent, { filter, first, after }, { dataSource }) =>
    findPage(dataSource.getRepository(DishonestyRecordEntity), toPage({ first, after }), 'DESC', (query) =>
      applyRecordFilter(query, filter ?? {}),
    ),
  governanceLedger: async (_parent, { region, period, first, after }, { dataSource, now }) => {
    const page = toPage({ first, after });
    const periodEnd = period ? ledgerPeriodEnd(period, now()) : null;
    const ledger = await findPage(dataSource.getRepository(LedgerEntryEntity), page, 'ASC', (query) => {
      whereRegionCovered(query, 'region', region);
      if (periodEnd) query.andWhere('e.addedAt < :periodEnd', { periodEnd });
    });
    return periodEnd ? asOf(ledger, periodEnd) : ledger;
  },
};
