import type { DataSource } from 'typeorm';
import { createConnectionLoaderFamily, createCountLoader, createEntityLoader, createGroupLoader } from '../../kit/loaders';
import { ClueEntity } from '../entities/ClueEntity';
import { ComplaintEntity } from '../entities/ComplaintEntity';
import { ComplaintEventEntity } from '../entities/ComplaintEventEntity';
import { LetterFeedbackEntity } from '../entities/LetterFeedbackEntity';
import { WarningLetterEntity } from '../entities/WarningLetterEntity';

/** A fresh set for each request, so that no cached row is shared between users. */
export function createComplaintsLoaders(dataSource: DataSource) {
  const complaints = dataSource.getRepository(ComplaintEntity);
  const clues = dataSource.getRepository(ClueEntity);
  return {
    complaintById: createEntityLoader(complaints, 'id'),
    complaintCountByUscc: createCountLoader(complaints, 'uscc'),
    /** An entity's complaints, newest first. */
    complaintsByUscc: createConnectionLoaderFamily({ repository: complaints, column: 'uscc', order: 'DESC' }),
    eventsByComplaint: createGroupLoader(dataSource.getRepository(ComplaintEventEntity), 'complaintId', { at: 'ASC', id: 'ASC' }),
    cluesByUscc: createGroupLoader(clues, 'uscc', { id: 'ASC' }),
    cluesByLetter: createGroupLoader(clues, 'warningLetterId', { id: 'ASC' }),
    letterById: createEntityLoader(dataSource.getRepository(WarningLetterEntity), 'id'),
    feedbackByLetter: createGroupLoader(dataSource.getRepository(LetterFeedbackEntity), 'letterId', { recordedAt: 'ASC', id: 'ASC' }),
  };
}

export type ComplaintsLoaders = ReturnType<typeof createComplaintsLoaders>;
