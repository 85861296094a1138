import { In, LessThan, type DataSource, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { createPersonalDataReadLog } from '../../kit/audit/createPersonalDataReadLog';
import type { Identity } from '../../kit/identity/identity';
import { createConnectionLoaderFamily, createCountLoader, createFilteredEntityLoader, createFilteredGroupLoader, type ArgsFilter } from '../../kit/loaders';
import { recordsScopeOf, whereInRecordsScope, type RecordsScope } from '../access/recordsScope';
import { DishonestyRecordEntity } from '../entities/DishonestyRecordEntity';
import { InterviewEntity } from '../entities/InterviewEntity';
import { LedgerEntryEntity } from '../entities/LedgerEntryEntity';
import { LedgerStatusChangeEntity } from '../entities/LedgerStatusChangeEntity';
import type { MarketEntityDishonestyRecordsArgs, RecordKind } from '../generated/resolversTypes';
import { shanghaiDate } from '../../kit/calendar/shanghaiDate';
import { ONLY_WHEN_SERIOUS } from '../store/entersLedger';
import { applyRecordFilter } from '../store/recordFilter';
import { whereStatusIn } from '../store/recordStatus';
import { createLedgerReportLoaders } from '../reports/createLedgerReportLoaders';
import { createEntityInRegionLoader } from './createEntityInRegionLoader';
import { createLedgerStateLoader } from './createLedgerStateLoader';
import { createSupervisionLoaders } from './createSupervisionLoaders';
import { governanceTargets, VOID_STATUSES } from './governanceTargets';

/** `MarketEntity.dishonestyRecords`' arguments, with the day its statuses are read on. */
export type DishonestyRecordsArgs = MarketEntityDishonestyRecordsArgs & { today: string };

const dishonestyRecordsFilter =
  (scope: RecordsScope) =>
  ({ kind, status, today }: DishonestyRecordsArgs): ArgsFilter<DishonestyRecordEntity> => {
    const filter = { kind: [...(kind ?? [])].sort(), status: [...(status ?? [])].sort() };
    return {
      filter: (query) => {
        applyRecordFilter(query, filter, today);
        whereInRecordsScope(query, scope);
      },
      key: { ...filter, today },
    };
  };

/** One loader per day asked for (a request asks for one): made when first asked. */
function perDay<V>(make: (today: string) => V): (today: string) => V {
  const made = new Map<string, V>();
  return (today) => {
    let value = made.get(today);
    if (value === undefined) {
      value = make(today);
      made.set(today, value);
    }
    return value;
  };
}

/** Records of the entities in their regions, recorded before `asOf` when it is given. */
function recordsInRegions(query: SelectQueryBuilder<DishonestyRecordEntity>, usccs: string[], regions: string[], asOf: Date | null) {
  query.where('e.uscc IN (:...usccs)', { usccs }).andWhere('e.region IN (:...regions)', { regions });
  if (asOf) query.andWhere('e.recordedAt < :asOf', { asOf });
  return query;
}

/** Leaves out records that do not count in a ledger: revoked (deleted) and refuted (untrue). */
const thatCount = (query: SelectQueryBuilder<DishonestyRecordEntity>) =>
  query.andWhere('e.status NOT IN (:...voidStatuses)', { voidStatuses: VOID_STATUSES });


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
    /** Records ACTIVE on `today`: published, not expired, revoked or refuted. */
    activeRecordCountOn: perDay((today) =>
      createCountLoader(records, 'uscc', (query) => {
        whereStatusIn(query, ['ACTIVE'], today);
        inScope(query);
      }),
    ),
    interviewsByUscc: createFilteredGroupLoader(interviews, 'uscc', [['conductedAt', 'DESC'], ['id', 'DESC']], inScope),
    ledgerEntryById: createFilteredEntityLoader(ledger, inScope),
    ledgerEntriesByUscc: createFilteredGroupLoader(ledger, 'uscc', [['id', 'DESC']], inScope),

    ledgerStateAt: createLedgerStateLoader(dataSource.getRepository(LedgerStatusChangeEntity)),

    recordCountInRegion: createEntityInRegionLoader(
      (usccs, regions, asOf): Promise<{ uscc: string; region: string; n: string | number }[]> =>
        thatCount(recordsInRegions(records.createQueryBuilder('e'), usccs, regions, asOf))
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
        thatCount(recordsInRegions(records.createQueryBuilder('e'), usccs, regions, asOf))
          .select('e.uscc', 'uscc')
          .addSelect('e.region', 'region')
          .addSelect('e.kind', 'kind')
          .distinct(true)
          // A false disclosure or commitment breach makes a target only when serious (measure 6), as it enters the ledger.
          .andWhere('NOT (e.kind IN (:...onlyWhenSerious) AND e.severity <> :serious)', { onlyWhenSerious: [...ONLY_WHEN_SERIOUS], serious: 'SERIOUS' })
          .getRawMany(),
      (rows) => governanceTargets(rows.map((row) => row.kind)),
    ),
    /** Every record of the entities in their regions, whatever its status (the exit criteria judge each). */
    recordsOfEntityInRegion: createEntityInRegionLoader(
      async (usccs, regions, asOf) =>
        (await recordsInRegions(records.createQueryBuilder('e'), usccs, regions, asOf).orderBy('e.id', 'ASC').getMany()).flatMap((record) =>
          record.uscc ? [{ uscc: record.uscc, region: record.region, record }] : [],
        ),
      (rows) => rows.map(({ record }) => record),
    ),
    interviewsInRegion: createEntityInRegionLoader(
      (usccs, regions, asOf) =>
        interviews.find({
          where: { uscc: In(usccs), region: In(regions), ...(asOf ? { conductedAt: LessThan(shanghaiDate(asOf)) } : {}) },
          order: { conductedAt: 'DESC', id: 'DESC' },
        }),
      (rows) => rows,
    ),
    ...createLedgerReportLoaders(dataSource, identity),
    ...createSupervisionLoaders(dataSource),
  };
}

export type RecordsLoaders = ReturnType<typeof createRecordsLoaders>;
