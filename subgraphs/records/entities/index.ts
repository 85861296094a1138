import { AuditEntryEntity } from '../../kit/audit/AuditEntryEntity';
import { DishonestyRecordEntity } from './DishonestyRecordEntity';
import { InterviewEntity } from './InterviewEntity';
import { LedgerEntryEntity } from './LedgerEntryEntity';
import { LedgerStatusChangeEntity } from './LedgerStatusChangeEntity';
import { LedgerReportEntity } from './LedgerReportEntity';
import { LedgerReportRowEntity } from './LedgerReportRowEntity';

export const recordsEntities = [DishonestyRecordEntity, InterviewEntity, LedgerEntryEntity, LedgerStatusChangeEntity, AuditEntryEntity, LedgerReportEntity, LedgerReportRowEntity];
