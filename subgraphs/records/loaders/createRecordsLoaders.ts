import { In, type DataSource } from 'typeorm';
import { createConnectionLoaderFamily, createCountLoader, createEntityLoader, createGroupLoader, type ArgsFilter } from '../../kit/loaders';
import { DishonestyRecordEntity } from '../entities/DishonestyRecordEntity';
import { InterviewEntity } from '../entities/InterviewEntity';
import { LedgerEntryEntity } from '../entities/LedgerEntryEntity';
import type { MarketEntityDishonestyRecordsArgs, RecordKind } from '../generated/resolversTypes';
import { applyRecordFilter } from '../store/recordFilter';
import { createEntityInRegionLoader } from './createEntityInRegionLoader';
import { governanceTargets, VOID_STATUSES } from './governanceTargets';

function dishonestyRecordsFilter({ kind, status }: MarketEntityDishonestyRecordsArgs): ArgsFilter<DishonestyRecordEntity> {
  const filter = { kind: [...(kind ?? [])].sort(), status: [...(status ?? [])].sort() };
  return { filter: (query) => applyRecordFilter(query, filter), key: filter };
}

/** A fresh set for each request, so that no cached row is shared between users. */
export function createRecordsLoaders(dataSource: DataSource) {
  const records = dataSource.getRepository(DishonestyRecordEntity);
  const interviews = dataSource.getRepository(InterviewEntity);
  const ledger = dataSource.getRepository(LedgerEntryEntity);
  return {
    recordById: createEntityLoader(records, 'id'),
    /** `MarketEntity.dishonestyRecords`, newest first. */
    recordConnections: createConnectionLoaderFamily({ repository: records, column: 'uscc', order: 'DESC', filterOf: dishonestyRecordsFilter }),
    recordCountByUscc: createCountLoader(records, 'uscc'),
    activeRecordCountByUscc: createCountLoader(records, 'uscc', (query) => query.andWhere('e.status = :active', { active: 'ACTIVE' })),
    interviewsByUscc: createGroupLoader(interviews, 'uscc', { conductedAt: 'DESC', id: 'DESC' }),
    ledgerEntryById: createEntityLoader(ledger, 'id'),
    ledgerEntriesByUscc: createGroupLoader(ledger, 'uscc', { id: 'DESC' }),

    recordCountInRegion: createEntityInRegionLoader(
      (usccs, regions): Promise<{ uscc: string; region: string; n: string | number }[]> =>
        records
          .createQueryBuilder('e')
          .select('e.uscc', 'uscc')
          .addSelect('e.region', 'region')
          .addSelect('COUNT(*)', 'n')
          .where('e.uscc IN (:...usccs)', { usccs })
          .andWhere('e.region IN (:...regions)', { regions })
          .groupBy('e.uscc')
          .addGroupBy('e.region')
          .getRawMany(),
      (rows) => Number(rows[0]?.n ?? 0),
    ),
    targetsInRegion: createEntityInRegionLoader(
      (usccs, regions): Promise<{ uscc: string; region: string; kind: RecordKind }[]> =>
        records
          .createQueryBuilder('e')
          .select('e.uscc', 'uscc')
          .addSelect('e.region', 'region')
          .addSelect('e.kind', 'kind')
          .distinct(true)
          .where('e.uscc IN (:...usccs)', { usccs })
          .andWhere('e.region IN (:...regions)', { regions })
          .andWhere('e.status NOT IN (:...voidStatuses)', { voidStatuses: VOID_STATUSES })
          .getRawMany(),
      (rows) => governanceTargets(rows.map((row) => row.kind)),
    ),
    interviewsInRegion: createEntityInRegionLoader(
      (usccs, regions) =>
        interviews.find({ where: { uscc: In(usccs), region: In(regions) }, order: { conductedAt: 'DESC', id: 'DESC' } }),
      (rows) => rows,
    ),
  };
}

export type RecordsLoaders = ReturnType<typeof createRecordsLoaders>;
