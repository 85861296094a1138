import type { DataSource } from 'typeorm';
import { createConnectionLoaderFamily, createCountLoader, createEntityLoader, createGroupLoader, toRowId, type ArgsFilter } from '../../kit/loaders';
import { RepairCaseEntity } from '../entities/RepairCaseEntity';
import { ConfirmationRequestEntity } from '../entities/ConfirmationRequestEntity';
import type { MarketEntityRepairCasesArgs } from '../generated/resolversTypes';
import { OPEN_STATUSES, statusIn } from './filters';

function repairCasesFilter({ status }: MarketEntityRepairCasesArgs): ArgsFilter<RepairCaseEntity> {
  const wanted = [...new Set(status ?? [])].sort();
  return { filter: statusIn<RepairCaseEntity>(wanted), key: wanted };
}

/** A fresh set for each request, so that no cached row is shared between users. */
export function createRepairLoaders(dataSource: DataSource) {
  const cases = dataSource.getRepository(RepairCaseEntity);
  const casesByRecordId = createGroupLoader(cases, 'recordId', { id: 'DESC' });
  return {
    repairCaseById: createEntityLoader(cases, 'id'),
    /** The cases of a dishonesty record (by its ID in `records`), newest first. */
    casesOfRecord: (recordId: string) => {
      const rowId = toRowId(recordId);
      return rowId === null ? Promise.resolve([]) : casesByRecordId.load(rowId);
    },
    /** Each entity's cases, newest first. */
    casesBySubject: createConnectionLoaderFamily({ repository: cases, column: 'uscc', order: 'DESC', filterOf: repairCasesFilter }),
    openCaseCountByUscc: createCountLoader(cases, 'uscc', statusIn(OPEN_STATUSES)),
    requestsByRepairCaseId: createGroupLoader(dataSource.getRepository(ConfirmationRequestEntity), 'repairCaseId', { id: 'ASC' }),
  };
}

export type RepairLoaders = ReturnType<typeof createRepairLoaders>;
