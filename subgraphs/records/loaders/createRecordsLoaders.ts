import { DateTime } from 'luxon';
import { In, LessThan, type DataSource, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { SHANGHAI } from '../../kit/calendar/timeZone';
import { createPersonalDataReadLog } from '../../kit/audit/createPersonalDataReadLog';
import type { Identity } from '../../kit/identity/identity';
import { createConnectionLoaderFamily, createCountLoader, createFilteredEntityLoader, createFilteredGroupLoader, type ArgsFilter } from '../../kit/loaders';
import { recordsScopeOf, whereInRecordsScope, type RecordsScope } from '../access/recordsScope';
import { DishonestyRecordEntity } from '../entities/DishonestyRecordEntity';
import { InterviewEntity } from '../entities/InterviewEntity';
import { LedgerEntryEntity } from '../entities/LedgerEntryEntity';
import { LedgerStatusChangeEntity } from '../entities/LedgerStatusChangeEntity';
import type { MarketEntityDishonestyRecordsArgs, RecordKind } from '../generated/resolversTypes';
import { applyRecordFilter } from '../store/recordFilter';
import { createEntityInRegionLoader } from './createEntityInRegionLoader';
import { createLedgerStateLoader } from './createLedgerStateLoader';
import { governanceTargets, VOID_STATUSES } from './governanceTargets';

const dishonestyRecordsFilter =
  (scope: RecordsScope) =>
  ({ kind, status }: MarketEntityDishonestyRecordsArgs): ArgsFilter<DishonestyRecordEntity> => {
    const filter = { kind: [...(kind ?? [])].sort(), status: [...(status ?? [])].sort() };
    return {
      filter: (query) => {
        applyRecordFilter(query, filter);
        whereInRecordsScope(query, scope);
      },
      key: filter,
    };
  };

/** Records of the entities in their regions, recorded before `asOf` when it is given. */
function recordsInRegions(query: SelectQueryBuilder<DishonestyRecordEntity>, usccs: string[], regions: string[], asOf: Date | null) {
  query.where('e.uscc IN (:...usccs)', { usccs }).andWhere('e.region IN (:...regions)', { regions });
  if (asOf) query.andWhere('e.recordedAt < :asOf', { asOf });
  return query;
}

/** The day (Asia/Shanghai) an instant falls on: interviews are dated by day. */
const shanghaiDay = (at: Date) => DateTime.fromJSDate(at, { zone: SHANGHAI }).toISODate() ?? '';

/**
 * The loaders of one request, made anew for each so that no cached row is shared between users:
 * every row the caller reads by id, by entity or in a count is cut to its scope in SQL (a row out
 * of scope reads as a missing one), and clear reads of personal data are logged for it.
 */
export function createRecordsLoaders(dataSource: DataSource, identity: Identity) {
  const scope = recordsScopeOf(identity);
  const inScope = <T extends ObjectLiteral>(query: SelectQueryBuilder<T>) => whereInRecordsScope(query, scope);
  const records = dataSource.getRepository(DishonestyRecordEntity);
  const interviews = dataSource.getRepository(InterviewEntity);
  const ledger = dataSource.getRepository(LedgerEntryEntity);
  return {
    personalDataReads: createPersonalDataReadLog(dataSource, identity),
    recordById: createFilteredEntityLoader(records, inScope),
    /** `MarketEntity.dishonestyRecords`, newest first. */
    recordConnections: createConnectionLoaderFamily({ repository: records, column: 'uscc', order: 'DESC', filterOf: dishonestyRecordsFilter(scope) }),
    recordCountByUscc: createCountLoader(records, 'uscc', inScope),
    activeRecordCountByUscc: createCountLoader(records, 'uscc', (query) => {
      query.andWhere('e.status = :active', { active: 'ACTIVE' });
      inScope(query);
    }),
    interviewsByUscc: createFilteredGroupLoader(interviews, 'uscc', [['conductedAt', 'DESC'], ['id', 'DESC']], inScope),
    ledgerEntryById: createFilteredEntityLoader(ledger, inScope),
    ledgerEntriesByUscc: createFilteredGroupLoader(ledger, 'uscc', [['id', 'DESC']], inScope),

    ledgerStateAt: createLedgerStateLoader(dataSource.getRepository(LedgerStatusChangeEntity)),

    recordCountInRegion: createEntityInRegionLoader(
      (usccs, regions, asOf): Promise<{ uscc: string; region: string; n: string | number }[]> =>
        recordsInRegions(records.createQueryBuilder('e'), usccs, regions, asOf)
          .select('e.uscc', 'uscc')
          .addSelect('e.region', 'region')
          .addSelect('COUNT(*)', 'n')
          .groupBy('e.uscc')
          .addGroupBy('e.region')
          .getRawMany(),
      (rows) => Number(rows[0]?.n ?? 0),
    ),
    targetsInRegion: createEntityInRegionLoader(
      (usccs, regions, asOf): Promise<{ uscc: string; region: string; kind: RecordKind }[]> =>
        recordsInRegions(records.createQueryBuilder('e'), usccs, regions, asOf)
          .select('e.uscc', 'uscc')
          .addSelect('e.region', 'region')
          .addSelect('e.kind', 'kind')
          .distinct(true)
          .andWhere('e.status NOT IN (:...voidStatuses)', { voidStatuses: VOID_STATUSES })
          .getRawMany(),
      (rows) => governanceTargets(rows.map((row) => row.kind)),
    ),
    interviewsInRegion: createEntityInRegionLoader(
      (usccs, regions, asOf) =>
        interviews.find({
          where: { uscc: In(usccs), region: In(regions), ...(asOf ? { conductedAt: LessThan(shanghaiDay(asOf)) } : {}) },
          order: { conductedAt: 'DESC', id: 'DESC' },
        }),
      (rows) => rows,
    ),
  };
}

export type RecordsLoaders = ReturnType<typeof createRecordsLoaders>;
