import { auditLogQuery } from '../../kit/audit/auditLogQuery';
import { whereRegionCovered } from '../../kit/data/whereRegionCovered';
import { forbidden, inRegionScope, requireRole } from '../../kit/identity/authorize';
import { loadByExposedId } from '../../kit/loaders/rowId';
import { findPage, toPage, type Connection } from '../../kit/pagination';
import { recordsRoles } from '../access/recordsRoles';
import { recordsScopeOf, whereInRecordsScope } from '../access/recordsScope';
import { DishonestyRecordEntity } from '../entities/DishonestyRecordEntity';
import { LedgerEntryEntity } from '../entities/LedgerEntryEntity';
import type { QueryResolvers } from '../generated/resolversTypes';
import { ledgerCampaignQuery, ledgerProgress, nationalLedgerProgress } from '../queries/ledgerProgress';
import { riskWarningCandidates } from '../queries/riskWarningCandidates';
import { ledgerPeriodEnd } from '../inputs/ledgerPeriod';
import { loadLedgerEntryReference } from '../ledger/loadLedgerEntryReference';
import type { LedgerEntryView } from '../store/LedgerEntryView';
import { ledgerReport, ledgerReports } from '../reports/ledgerReportQueries';
import { missingLedgerReports } from '../reports/missingLedgerReports';
import { applyRecordFilter } from '../store/recordFilter';
import { todayOf } from '../store/todayOf';

/** The entries of a ledger page as they stood at the end of `period`, just before `at`. */
function asOf(ledger: Connection<LedgerEntryEntity>, period: string, at: Date): Connection<LedgerEntryView> {
  const view = (entry: LedgerEntryEntity): LedgerEntryView => ({ ...entry, period, asOf: at });
  return { ...ledger, nodes: ledger.nodes.map(view), edges: ledger.edges.map(({ cursor, node }) => ({ cursor, node: view(node) })) };
}

export const Query: QueryResolvers = {
  recordsAuditLog: auditLogQuery,
  marketEntity: (_parent, { uscc }) => ({ uscc }),
  dishonestyRecord: (_parent, { id }, { loaders, identity }) => {
    requireRole(identity, recordsRoles.readRecords, 'read dishonesty records');
    return loadByExposedId(loaders.recordById, id);
  },
  dishonestyRecords: (_parent, { filter, first, after }, context) => {
    const { dataSource, identity } = context;
    requireRole(identity, recordsRoles.listRecords, 'list dishonesty records');
    const scope = recordsScopeOf(identity);
    const today = todayOf(context);
    return findPage(dataSource.getRepository(DishonestyRecordEntity), toPage({ first, after }), 'DESC', (query) => {
      applyRecordFilter(query, filter ?? {}, today);
      whereInRecordsScope(query, scope);
    });
  },
  governanceLedger: async (_parent, { region, period, first, after }, { dataSource, identity, now }) => {
    requireRole(identity, recordsRoles.readLedger, 'read the governance ledger');
    if (!inRegionScope(identity, region)) throw forbidden(`the ledger of ${region} is outside the region of this ${identity.role} (${identity.region})`);
    const page = toPage({ first, after });
    const periodEnd = period ? ledgerPeriodEnd(period, now()) : null;
    const ledger = await findPage(dataSource.getRepository(LedgerEntryEntity), page, 'ASC', (query) => {
      whereRegionCovered(query, 'region', region);
      if (periodEnd) query.andWhere('e.addedAt < :periodEnd', { periodEnd });
    });
    return period && periodEnd ? asOf(ledger, period, periodEnd) : ledger;
  },
  ledgerEntry: (_parent, { id }, context) => {
    requireRole(context.identity, recordsRoles.readLedgerEntry, 'read ledger entries');
    return loadLedgerEntryReference({ id }, context);
  },
  ledgerReports,
  ledgerReport,
  missingLedgerReports,
  ledgerCampaign: ledgerCampaignQuery,
  ledgerProgress,
  nationalLedgerProgress,
  riskWarningCandidates,
};
