import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { createConnectionLoader, createCountLoader, createEntityLoader, createGroupLoader } from '../../kit/loaders';
import type { Connection, Page } from '../../kit/pagination/connection';
import { ClueEntity } from '../entities/ClueEntity';
import { ComplaintEntity } from '../entities/ComplaintEntity';
import { ComplaintEventEntity } from '../entities/ComplaintEventEntity';
import { LetterFeedbackEntity } from '../entities/LetterFeedbackEntity';
import { WarningLetterEntity } from '../entities/WarningLetterEntity';

/** A fresh set for each request, so that no cached row is shared between users. */
export function createComplaintsLoaders(dataSource: DataSource) {
  const complaints = dataSource.getRepository(ComplaintEntity);
  const clues = dataSource.getRepository(ClueEntity);
  const complaintPages = new Map<string, DataLoader<string, Connection<ComplaintEntity>>>();
  return {
    complaintById: createEntityLoader(complaints, 'id'),
    complaintCountByUscc: createCountLoader(complaints, 'uscc'),
    /** An entity's complaints, newest first: one loader (one windowed query per batch) per page. */
    complaintsByUscc(page: Page): DataLoader<string, Connection<ComplaintEntity>> {
      const key = `${page.limit}:${page.afterId ?? ''}`;
      let loader = complaintPages.get(key);
      if (!loader) {
        loader = createConnectionLoader({ repository: complaints, column: 'uscc', page, order: 'DESC' });
        complaintPages.set(key, loader);
      }
      return loader;
    },
    eventsByComplaint: createGroupLoader(dataSource.getRepository(ComplaintEventEntity), 'complaintId', { at: 'ASC', id: 'ASC' }),
    cluesByUscc: createGroupLoader(clues, 'uscc', { id: 'ASC' }),
    cluesByLetter: createGroupLoader(clues, 'warningLetterId', { id: 'ASC' }),
    letterById: createEntityLoader(dataSource.getRepository(WarningLetterEntity), 'id'),
    feedbackByLetter: createGroupLoader(dataSource.getRepository(LetterFeedbackEntity), 'letterId', { recordedAt: 'ASC', id: 'ASC' }),
  };
}

export type ComplaintsLoaders = ReturnType<typeof createComplaintsLoaders>;
