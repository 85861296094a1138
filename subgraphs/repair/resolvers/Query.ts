import { auditLogQuery } from '../../kit/audit/auditLogQuery';
import { whereRegionCovered } from '../../kit/data/whereRegionCovered';
import { requireRole } from '../../kit/identity/authorize';
import { parseRowId } from '../../kit/loaders/rowId';
import { findPage, toPage } from '../../kit/pagination';
import { addressedToCourt, confirmationRequestListScope } from '../access/confirmationRequestScope';
import { inboxCourt } from '../access/inboxCourt';
import { repairCaseScope } from '../access/repairCaseScope';
import { repairRoles } from '../access/repairRoles';
import { ConfirmationRequestEntity } from '../entities/ConfirmationRequestEntity';
import { RepairCaseEntity } from '../entities/RepairCaseEntity';
import type { QueryResolvers } from '../generated/resolversTypes';
import { allOf } from '../loaders/allOf';
import { findSortedPage, type SortKey } from '../loaders/findSortedPage';
import { OPEN_STATUSES, statusIn } from '../loaders/filters';

/** What awaits a court comes first: PENDING before answered (or withdrawn) requests. */
const PENDING_FIRST: SortKey<ConfirmationRequestEntity> = {
  expression: 'CASE WHEN e.status = :inboxPending THEN 0 ELSE 1 END',
  parameters: { inboxPending: 'PENDING' },
  kind: 'number',
  valueOf: (request) => (request.status === 'PENDING' ? 0 : 1),
};
const DECISION_DUE: SortKey<RepairCaseEntity> = { expression: 'e.decisionDueAt', kind: 'date', valueOf: (repairCase) => repairCase.decisionDueAt };
const ANSWER_DUE: SortKey<ConfirmationRequestEntity> = { expression: 'e.answerDueAt', kind: 'date', valueOf: (request) => request.answerDueAt };

export const Query: QueryResolvers = {
  repairAuditLog: auditLogQuery,
  marketEntity: (_parent, { uscc }) => ({ uscc }),
  repairCase: (_parent, { id }, { loaders, identity }) => {
    requireRole(identity, repairRoles.readCases, 'read repair cases');
    return loaders.repairCaseById.load(parseRowId('id', id));
  },
  repairCases: (_parent, { filter, first, after }, { dataSource, identity }) => {
    requireRole(identity, repairRoles.readCases, 'read repair cases');
    const scope = repairCaseScope(identity);
    return findPage(dataSource.getRepository(RepairCaseEntity), toPage({ first, after }), 'DESC', (query) => {
      scope?.(query);
      if (filter?.region) whereRegionCovered(query, 'region', filter.region);
      statusIn<RepairCaseEntity>(filter?.status ?? [])?.(query);
      if (filter?.uscc) query.andWhere('e.uscc = :uscc', { uscc: filter.uscc });
    });
  },
  courtInbox: (_parent, { court, status, first, after }, { dataSource, identity }) => {
    requireRole(identity, repairRoles.courtInbox, "read a court's inbox");
    const filter = allOf(addressedToCourt(inboxCourt(identity, court), 'inboxCourt'), statusIn<ConfirmationRequestEntity>(status ?? []));
    return findSortedPage(dataSource.getRepository(ConfirmationRequestEntity), { first, after }, PENDING_FIRST, filter);
  },
  overdueRepairDecisions: (_parent, { region, first, after }, { dataSource, identity, now }) => {
    requireRole(identity, repairRoles.overdueRepairDecisions, 'list overdue repair decisions');
    const at = now();
    return findSortedPage(dataSource.getRepository(RepairCaseEntity), { first, after }, DECISION_DUE, (query) => {
      repairCaseScope(identity)?.(query);
      statusIn<RepairCaseEntity>(OPEN_STATUSES)?.(query);
      query.andWhere('e.decisionDueAt < :overdueAt', { overdueAt: at });
      if (region) whereRegionCovered(query, 'region', region);
    });
  },
  overdueConfirmationRequests: (_parent, { first, after }, { dataSource, identity, now }) => {
    requireRole(identity, repairRoles.overdueConfirmationRequests, 'list overdue confirmation requests');
    const at = now();
    return findSortedPage(dataSource.getRepository(ConfirmationRequestEntity), { first, after }, ANSWER_DUE, (query) => {
      confirmationRequestListScope(identity)?.(query);
      query.andWhere('e.status = :overduePending', { overduePending: 'PENDING' }).andWhere('e.answerDueAt < :overdueAt', { overdueAt: at });
    });
  },
};
