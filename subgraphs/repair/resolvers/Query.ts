import { auditLogQuery } from '../../kit/audit/auditLogQuery';
import { whereRegionCovered } from '../../kit/data/whereRegionCovered';
import { requiredText } from '../../kit/inputs/text';
import { parseRowId } from '../../kit/loaders/rowId';
import { findPage, toPage } from '../../kit/pagination';
import { ConfirmationRequestEntity } from '../entities/ConfirmationRequestEntity';
import { RepairCaseEntity } from '../entities/RepairCaseEntity';
import type { QueryResolvers } from '../generated/resolversTypes';
import { statusIn } from '../loaders/filters';

export const Query: QueryResolvers = {
  repairAuditLog: auditLogQuery,
  marketEntity: (_parent, { uscc }) => ({ uscc }),
  repairCase: (_parent, { id }, { loaders }) => loaders.repairCaseById.load(parseRowId('id', id)),
  repairCases: (_parent, { filter, first, after }, { dataSource }) =>
    findPage(dataSource.getRepository(RepairCaseEntity), toPage({ first, after }), 'DESC', (query) => {
      if (filter?.region) whereRegionCovered(query, 'region', filter.region);
      statusIn<RepairCaseEntity>(filter?.status ?? [])?.(query);
      if (filter?.uscc) query.andWhere('e.uscc = :uscc', { uscc: filter.uscc });
    }),
  courtInbox: (_parent, { court, status, first, after }, { dataSource }) => {
    const authority = requiredText('court', court ?? '', { max: 100 });
    return findPage(dataSource.getRepository(ConfirmationRequestEntity), toPage({ first, after }), 'ASC', (query) => {
      query.andWhere('e.authority = :authority', { authority });
      statusIn<ConfirmationRequestEntity>(status ?? [])?.(query);
    });
  },
};
