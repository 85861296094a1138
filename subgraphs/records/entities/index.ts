import { DishonestyRecordEntity } from './DishonestyRecordEntity';
import { InterviewEntity } from './InterviewEntity';
import { LedgerEntryEntity } from './LedgerEntryEntity';

export const recordsEntities = [DishonestyRecordEntity, InterviewEntity, LedgerEntryEntity];
