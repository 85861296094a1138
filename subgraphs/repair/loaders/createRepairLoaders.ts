import type DataLoader from 'dataloader';
import type { DataSource, Repository } from 'typeorm';
import { createConnectionLoader, createCountLoader, createEntityLoader, createGroupLoader, toRowId } from '../../kit/loaders';
import type { Connection, Page } from '../../kit/pagination';
import { RepairCaseEntity } from '../entities/RepairCaseEntity';
import { ConfirmationRequestEntity } from '../entities/ConfirmationRequestEntity';
import type { RepairStatus } from '../generated/resolversTypes';
import { OPEN_STATUSES, statusIn } from './filters';

type CaseConnectionLoader = DataLoader<string, Connection<RepairCaseEntity>>;

/** Each entity's cases, newest first: one windowed loader per distinct (page, statuses) in the request. */
function casesBySubject(repository: Repository<RepairCaseEntity>) {
  const byArgs = new Map<string, CaseConnectionLoader>();
  return (page: Page, statuses: readonly RepairStatus[]): CaseConnectionLoader => {
    const wanted = [...new Set(statuses)].sort();
    const key = JSON.stringify([page.limit, page.afterId, wanted]);
    const existing = byArgs.get(key);
    if (existing) return existing;
    const loader = createConnectionLoader({ repository, column: 'uscc', page, order: 'DESC', filter: statusIn<RepairCaseEntity>(wanted) });
    byArgs.set(key, loader);
    return loader;
  };
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
    casesBySubject: casesBySubject(cases),
    openCaseCountByUscc: createCountLoader(cases, 'uscc', statusIn(OPEN_STATUSES)),
    requestsByRepairCaseId: createGroupLoader(dataSource.getRepository(ConfirmationRequestEntity), 'repairCaseId', { id: 'ASC' }),
  };
}

export type RepairLoaders = ReturnType<typeof createRepairLoaders>;
