import { auditLogQuery } from '../../kit/audit/auditLogQuery';
import { whereRegionCovered } from '../../kit/data/whereRegionCovered';
import { requireRole } from '../../kit/identity/authorize';
import { loadByExposedId } from '../../kit/loaders/rowId';
import { findPage, toPage } from '../../kit/pagination';
import { complaintsRoles } from '../access/complaintsRoles';
import { complaintsScopeOf } from '../access/complaintsScope';
import { ComplaintEntity } from '../entities/ComplaintEntity';
import { OutboxEntity } from '../entities/OutboxEntity';
import { WarningLetterEntity } from '../entities/WarningLetterEntity';
import type { QueryResolvers } from '../generated/resolversTypes';
import { tokenMatches } from '../tokens/complaintTokens';
import { normalizeTrackingNumber } from '../tokens/trackingNumber';

export const Query: QueryResolvers = {
  complaintsAuditLog: auditLogQuery,
  marketEntity: (_parent, { uscc }) => ({ uscc }),

  complaintStatus: async (_parent, { trackingNumber, token }, { dataSource }) => {
    const normalized = normalizeTrackingNumber(trackingNumber);
    const complaint = normalized ? await dataSource.getRepository(ComplaintEntity).findOneBy({ trackingNumber: normalized }) : null;
    return tokenMatches(token.trim(), complaint?.tokenHash ?? null) ? complaint : null;
  },

  complaint: (_parent, { id }, { identity, loaders }) => {
    requireRole(identity, complaintsRoles.readComplaints, 'read complaints');
    return loadByExposedId(loaders.complaintById, id);
  },

  complaints: (_parent, { filter, first, after }, { identity, dataSource, now }) => {
    requireRole(identity, complaintsRoles.readComplaints, 'read complaints');
    const scope = complaintsScopeOf(identity);
    return findPage(dataSource.getRepository(ComplaintEntity), toPage({ first, after }), 'DESC', (query) => {
      scope.complaints(query);
      if (filter?.region) whereRegionCovered(query, 'region', filter.region);
      if (filter?.status?.length) query.andWhere('e.status IN (:...statuses)', { statuses: filter.status });
      if (filter?.category?.length) query.andWhere('e.category IN (:...categories)', { categories: filter.category });
      if (filter?.uscc) query.andWhere('e.uscc = :uscc', { uscc: filter.uscc });
      if (filter?.overdue === true) query.andWhere("e.status = 'SUBMITTED' AND e.acceptDueAt < :now", { now: now() });
      if (filter?.overdue === false) query.andWhere("(e.status <> 'SUBMITTED' OR e.acceptDueAt >= :now)", { now: now() });
    });
  },

  complaintsOutbox: (_parent, { status, first, after }, { identity, dataSource }) => {
    requireRole(identity, complaintsRoles.readOutbox, 'read the outbox to records');
    return findPage(dataSource.getRepository(OutboxEntity), toPage({ first, after }), 'ASC', (query) => {
      if (status) query.andWhere('e.status = :status', { status });
    });
  },

  warningLetters: (_parent, { filter, first, after }, { identity, dataSource }) => {
    requireRole(identity, complaintsRoles.readLetters, 'read warning letters');
    const scope = complaintsScopeOf(identity);
    return findPage(dataSource.getRepository(WarningLetterEntity), toPage({ first, after }), 'DESC', (query) => {
      scope.letters(query);
      if (filter?.region) whereRegionCovered(query, 'region', filter.region);
      if (filter?.recipientRegion) whereRegionCovered(query, 'recipientRegion', filter.recipientRegion);
      if (filter?.sector) query.andWhere('e.sector = :sector', { sector: filter.sector.trim() });
    });
  },
};
