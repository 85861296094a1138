import { auditLogQuery } from '../../kit/audit/auditLogQuery';
import { whereRegionCovered } from '../../kit/data/whereRegionCovered';
import { requireRole } from '../../kit/identity/authorize';
import { parseRowId } from '../../kit/loaders/rowId';
import { findPage, toPage } from '../../kit/pagination';
import { inboxCourt } from '../access/inboxCourt';
import { repairCaseScope } from '../access/repairCaseScope';
import { repairRoles } from '../access/repairRoles';
import { ConfirmationRequestEntity } from '../entities/ConfirmationRequestEntity';
import { RepairCaseEntity } from '../entities/RepairCaseEntity';
import type { QueryResolvers } from '../generated/resolversTypes';
import { statusIn } from '../loaders/filters';

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
    const authority = inboxCourt(identity, court);
    return findPage(dataSource.getRepository(ConfirmationRequestEntity), toPage({ first, after }), 'ASC', (query) => {
      query.andWhere('e.authority = :authority', { authority });
      statusIn<ConfirmationRequestEntity>(status ?? [])?.(query);
    });
  },
};
