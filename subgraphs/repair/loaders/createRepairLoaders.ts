import type { DataSource } from 'typeorm';
import type { Identity } from '../../kit/identity/identity';
import { createConnectionLoaderFamily, createCountLoader, createEntityLoader, toRowId, type ArgsFilter } from '../../kit/loaders';
import { confirmationRequestScope } from '../access/confirmationRequestScope';
import { repairCaseScope } from '../access/repairCaseScope';
import { ConfirmationRequestEntity } from '../entities/ConfirmationRequestEntity';
import { RepairCaseEntity } from '../entities/RepairCaseEntity';
import type { MarketEntityRepairCasesArgs } from '../generated/resolversTypes';
import { allOf } from './allOf';
import { createScopedEntityLoader } from './createScopedEntityLoader';
import { createScopedGroupLoader } from './createScopedGroupLoader';
import { OPEN_STATUSES, statusIn } from './filters';

function repairCasesFilter({ status }: MarketEntityRepairCasesArgs): ArgsFilter<RepairCaseEntity> {
  const wanted = [...new Set(status ?? [])].sort();
  return { filter: statusIn<RepairCaseEntity>(wanted), key: wanted };
}

/** Loaders that read only what `identity` may see, its scope pushed into each statement. */
function createVisibleLoaders(dataSource: DataSource, identity: Identity) {
  const cases = dataSource.getRepository(RepairCaseEntity);
  const scope = repairCaseScope(identity);
  const casesByRecordId = createScopedGroupLoader(cases, 'recordId', 'DESC', scope);
  return {
    repairCaseById: createScopedEntityLoader(cases, 'id', scope),
    /** The cases of a dishonesty record (by its ID in `records`), newest first. */
    casesOfRecord: (recordId: string) => {
      const rowId = toRowId(recordId);
      return rowId === null ? Promise.resolve([]) : casesByRecordId.load(rowId);
    },
    /** Each entity's cases, newest first. */
    casesBySubject: createConnectionLoaderFamily({
      repository: cases,
      column: 'uscc',
      order: 'DESC',
      filterOf: (args: MarketEntityRepairCasesArgs) => {
        const { filter, key } = repairCasesFilter(args);
        return { filter: allOf(scope, filter), key };
      },
    }),
    openCaseCountByUscc: createCountLoader(cases, 'uscc', allOf(scope, statusIn(OPEN_STATUSES))),
    requestsByRepairCaseId: createScopedGroupLoader(
      dataSource.getRepository(ConfirmationRequestEntity),
      'repairCaseId',
      'ASC',
      confirmationRequestScope(identity),
    ),
  };
}

export type VisibleRepairLoaders = ReturnType<typeof createVisibleLoaders>;

/** A fresh set for each request, so that no cached row is shared between users. */
export function createRepairLoaders(dataSource: DataSource) {
  let visible: { identity: Identity; loaders: VisibleRepairLoaders } | null = null;
  return {
    /** Any case by id, for one the caller already may see (the case of a request it was shown). */
    caseOfRequest: createEntityLoader(dataSource.getRepository(RepairCaseEntity), 'id'),
    /** The loaders of the request's caller (one request, one identity). */
    visibleTo(identity: Identity): VisibleRepairLoaders {
      if (visible && visible.identity !== identity) throw new Error('repair loaders serve the one caller of their request');
      visible ??= { identity, loaders: createVisibleLoaders(dataSource, identity) };
      return visible.loaders;
    },
  };
}

export type RepairLoaders = ReturnType<typeof createRepairLoaders>;
