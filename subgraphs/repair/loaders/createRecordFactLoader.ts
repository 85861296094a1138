import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Identity } from '../../kit/identity/identity';
import { createEntityLoader, createFilteredGroupLoader } from '../../kit/loaders';
import { confirmationRequestListScope } from '../access/confirmationRequestScope';
import { repairCaseScope } from '../access/repairCaseScope';
import { ConfirmationRequestEntity } from '../entities/ConfirmationRequestEntity';
import { RepairCaseEntity } from '../entities/RepairCaseEntity';
import type { ConfirmationKind } from '../generated/resolversTypes';
import { allOf } from './allOf';
import { statusIn } from './filters';

/** What repair knows of an entity's records, for the ledger's exit criteria: record ids (in records) by fact. */
export interface RecordFacts {
  repaired: string[];
  confirmed: Record<ConfirmationKind, string[]>;
}

const sortedIds = (ids: Iterable<number>) => [...new Set(ids)].sort((a, b) => a - b).map(String);

/**
 * The confirmation requests `identity` may read as facts of an entity: a service every one (it
 * decides on them, DESIGN.md §3 rule 5); everyone else as when listing requests on their own.
 */
const requestFactScope = (identity: Identity) => (identity.role === 'SERVICE' ? undefined : confirmationRequestListScope(identity));

/**
 * Per entity (USCC): the records with an APPROVED case and those with a CONFIRMED confirmation of
 * each kind. Per batch of entities: one statement for the approved cases, one for the confirmed
 * requests and one for the cases of those requests, whatever the number of entities.
 */
export function createRecordFactLoader(dataSource: DataSource, identity: Identity): DataLoader<string, RecordFacts> {
  const cases = dataSource.getRepository(RepairCaseEntity);
  const approvedByUscc = createFilteredGroupLoader(cases, 'uscc', [['id', 'ASC']], allOf(repairCaseScope(identity), statusIn(['APPROVED'])));
  const confirmedByUscc = createFilteredGroupLoader(dataSource.getRepository(ConfirmationRequestEntity), 'uscc', [['id', 'ASC']], allOf(requestFactScope(identity), statusIn(['CONFIRMED'])));
  const caseById = createEntityLoader(cases, 'id');
  return new DataLoader<string, RecordFacts>(async (usccs) => {
    const [approved, confirmed] = await Promise.all([approvedByUscc.loadMany(usccs), confirmedByUscc.loadMany(usccs)]);
    const requests = confirmed.flatMap((rows) => (rows instanceof Error ? [] : rows));
    const caseOf = new Map((await caseById.loadMany([...new Set(requests.map((request) => request.repairCaseId))])).flatMap((row) => (row && !(row instanceof Error) ? [[row.id, row] as const] : [])));
    return usccs.map((_uscc, i) => {
      const approvedRows = approved[i];
      const confirmedRows = confirmed[i];
      if (approvedRows instanceof Error) return approvedRows;
      if (confirmedRows instanceof Error) return confirmedRows;
      const recordsConfirmed = (kind: ConfirmationKind) =>
        sortedIds(confirmedRows.filter((request) => request.kind === kind).flatMap((request) => {
          const repairCase = caseOf.get(request.repairCaseId);
          return repairCase ? [repairCase.recordId] : [];
        }));
      return {
        repaired: sortedIds(approvedRows.map((row) => row.recordId)),
        confirmed: {
          OBLIGATIONS_FULFILLED: recordsConfirmed('OBLIGATIONS_FULFILLED'),
          SETTLEMENT_REACHED: recordsConfirmed('SETTLEMENT_REACHED'),
          SETTLEMENT_PERFORMED: recordsConfirmed('SETTLEMENT_PERFORMED'),
        },
      };
    });
  });
}
