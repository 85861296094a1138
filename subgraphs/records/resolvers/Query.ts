import { whereRegionCovered } from '../../kit/data/whereRegionCovered';
import { loadByExposedId } from '../../kit/loaders/rowId';
import { findPage, toPage } from '../../kit/pagination';
import { DishonestyRecordEntity } from '../entities/DishonestyRecordEntity';
import { LedgerEntryEntity } from '../entities/LedgerEntryEntity';
import type { QueryResolvers } from '../generated/resolversTypes';
import { ledgerPeriodEnd } from '../inputs/ledgerPeriod';
import { applyRecordFilter } from '../store/recordFilter';

export const Query: QueryResolvers = {
  marketEntity: (_parent, { uscc }) => ({ uscc }),
  dishonestyRecord: (_parent, { id }, { loaders }) => loadByExposedId(loaders.recordById, id),
  dishonestyRecords: (_parent, { filter, first, after }, { dataSource }) =>
    findPage(dataSource.getRepository(DishonestyRecordEntity), toPage({ first, after }), 'DESC', (query) =>
      applyRecordFilter(query, filter ?? {}),
    ),
  governanceLedger: (_parent, { region, period, first, after }, { dataSource }) => {
    const page = toPage({ first, after });
    const periodEnd = period ? ledgerPeriodEnd(period) : null;
    return findPage(dataSource.getRepository(LedgerEntryEntity), page, 'ASC', (query) => {
      whereRegionCovered(query, 'region', region);
      if (periodEnd) query.andWhere('e.addedAt < :periodEnd', { periodEnd });
    });
  },
};
