import { AuditEntryEntity } from '../../kit/audit/AuditEntryEntity';
import { DishonestyRecordEntity } from './DishonestyRecordEntity';
import { InterviewEntity } from './InterviewEntity';
import { LedgerEntryEntity } from './LedgerEntryEntity';
import { LedgerStatusChangeEntity } from './LedgerStatusChangeEntity';

export const recordsEntities = [DishonestyRecordEntity, InterviewEntity, LedgerEntryEntity, LedgerStatusChangeEntity, AuditEntryEntity];
