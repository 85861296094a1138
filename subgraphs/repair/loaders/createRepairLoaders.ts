import type { DataSource } from 'typeorm';
import type { Identity } from '../../kit/identity/identity';
import {
  createConnectionLoaderFamily,
  createCountLoader,
  createEntityLoader,
  createFilteredEntityLoader,
  createFilteredGroupLoader,
  toRowId,
  type ArgsFilter,
} from '../../kit/loaders';
import { confirmationRequestScope } from '../access/confirmationRequestScope';
import { repairCaseScope } from '../access/repairCaseScope';
import { ConfirmationRequestEntity } from '../entities/ConfirmationRequestEntity';
import { RepairCaseEntity } from '../entities/RepairCaseEntity';
import { RepairDocumentEntity } from '../entities/RepairDocumentEntity';
import type { MarketEntityRepairCasesArgs } from '../generated/resolversTypes';
import { allOf } from './allOf';
import { createRecordFactLoader } from './createRecordFactLoader';
import { OPEN_STATUSES, statusIn } from './filters';

function repairCasesFilter({ status }: MarketEntityRepairCasesArgs): ArgsFilter<RepairCaseEntity> {
  const wanted = [...new Set(status ?? [])].sort();
  return { filter: statusIn<RepairCaseEntity>(wanted), key: wanted };
}

/**
 * The loaders of one request, made anew for each so that no cached row is shared between users;
 * they read only what `identity` may see, its scope pushed into each statement.
 */
export function createRepairLoaders(dataSource: DataSource, identity: Identity) {
  const cases = dataSource.getRepository(RepairCaseEntity);
  const scope = repairCaseScope(identity);
  const casesByRecordId = createFilteredGroupLoader(cases, 'recordId', [['id', 'DESC']], scope);
  return {
    repairCaseById: createFilteredEntityLoader(cases, scope),
    /** Any case by id, for one the caller already may see (the case of a request it was shown). */
    caseOfRequest: createEntityLoader(cases, 'id'),
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
    requestsByRepairCaseId: createFilteredGroupLoader(
      dataSource.getRepository(ConfirmationRequestEntity),
      'repairCaseId',
      [['id', 'ASC']],
      confirmationRequestScope(identity),
    ),
    /** The documents of cases the caller already may see, in the order given. */
    /** Per entity, the records repaired and confirmed (the ledger's exit facts). */
    recordFactsByUscc: createRecordFactLoader(dataSource, identity),
    documentsByRepairCaseId: createFilteredGroupLoader(dataSource.getRepository(RepairDocumentEntity), 'repairCaseId', [['id', 'ASC']]),
  };
}

export type RepairLoaders = ReturnType<typeof createRepairLoaders>;
