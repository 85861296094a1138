import { findPage, toPage } from '../../kit/pagination';
import { regionPattern } from '../../kit/scalars/regionCode';
import { DishonestyRecordEntity } from '../entities/DishonestyRecordEntity';
import { LedgerEntryEntity } from '../entities/LedgerEntryEntity';
import type { QueryResolvers } from '../generated/resolversTypes';
import { ledgerPeriodEnd } from '../inputs/ledgerPeriod';
import { applyRecordFilter } from '../loaders/recordFilter';

export const Query: QueryResolvers = {
  marketEntity: (_parent, { uscc }) => ({ uscc }),
  dishonestyRecord: (_parent, { id }, { loaders }) => loaders.recordById.load(id),
  dishonestyRecords: (_parent, { filter, first, after }, { dataSource }) =>
    findPage(dataSource.getRepository(DishonestyRecordEntity), toPage({ first, after }), 'DESC', (query) =>
      applyRecordFilter(query, filter ?? {}),
    ),
  governanceLedger: (_parent, { region, period, first, after }, { dataSource }) => {
    const page = toPage({ first, after });
    const periodEnd = period ? ledgerPeriodEnd(period) : null;
    const pattern = regionPattern(region);
    return findPage(dataSource.getRepository(LedgerEntryEntity), page, 'ASC', (query) => {
      if ('like' in pattern) query.andWhere('e.region LIKE :region', { region: pattern.like });
      else query.andWhere('e.region = :region', { region: pattern.equals });
      if (periodEnd) query.andWhere('e.addedAt < :periodEnd', { periodEnd });
    });
  },
};
