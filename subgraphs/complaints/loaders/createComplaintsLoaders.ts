import type { DataSource } from 'typeorm';
import { createPersonalDataReadLog } from '../../kit/audit/createPersonalDataReadLog';
import type { Identity } from '../../kit/identity/identity';
import { createConnectionLoaderFamily, createCountLoader, createFilteredEntityLoader, createFilteredGroupLoader, createGroupLoader, type ArgsFilter } from '../../kit/loaders';
import { complaintsScopeOf } from '../access/complaintsScope';
import { ClueEntity } from '../entities/ClueEntity';
import { ComplaintEntity } from '../entities/ComplaintEntity';
import { ComplaintEventEntity } from '../entities/ComplaintEventEntity';
import { LetterFeedbackEntity } from '../entities/LetterFeedbackEntity';
import { WarningLetterEntity } from '../entities/WarningLetterEntity';

/**
 * The loaders of one request, made anew for each so that no cached row is shared between users:
 * complaints, clues and letters read by id, by entity or in a count are cut to the caller's scope
 * in SQL (a row out of scope reads as a missing one), and clear reads of personal data are logged
 * for the caller. What hangs from a row the caller may see (a complaint's events, a letter's clues
 * and feedback) comes with it.
 */
export function createComplaintsLoaders(dataSource: DataSource, identity: Identity) {
  const scope = complaintsScopeOf(identity);
  const complaints = dataSource.getRepository(ComplaintEntity);
  const clues = dataSource.getRepository(ClueEntity);
  return {
    personalDataReads: createPersonalDataReadLog(dataSource, identity),
    complaintById: createFilteredEntityLoader(complaints, scope.complaints),
    complaintCountByUscc: createCountLoader(complaints, 'uscc', scope.complaints),
    /** An entity's complaints, newest first. */
    complaintsByUscc: createConnectionLoaderFamily({ repository: complaints, column: 'uscc', order: 'DESC', filterOf: (): ArgsFilter<ComplaintEntity> => ({ filter: scope.complaints, key: null }) }),
    eventsByComplaint: createGroupLoader(dataSource.getRepository(ComplaintEventEntity), 'complaintId', { at: 'ASC', id: 'ASC' }),
    clueById: createFilteredEntityLoader(clues, scope.clues),
    cluesByUscc: createFilteredGroupLoader(clues, 'uscc', [['id', 'ASC']], scope.clues),
    cluesByLetter: createGroupLoader(clues, 'warningLetterId', { id: 'ASC' }),
    letterById: createFilteredEntityLoader(dataSource.getRepository(WarningLetterEntity), scope.letters),
    feedbackByLetter: createGroupLoader(dataSource.getRepository(LetterFeedbackEntity), 'letterId', { recordedAt: 'ASC', id: 'ASC' }),
  };
}

export type ComplaintsLoaders = ReturnType<typeof createComplaintsLoaders>;
