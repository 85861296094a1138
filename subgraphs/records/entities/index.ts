import { AuditEntryEntity } from '../../kit/audit/AuditEntryEntity';
import { DishonestyRecordEntity } from './DishonestyRecordEntity';
import { InterviewEntity } from './InterviewEntity';
import { KeySupervisionEntity } from './KeySupervisionEntity';
import { LedgerEntryEntity } from './LedgerEntryEntity';
import { LedgerStatusChangeEntity } from './LedgerStatusChangeEntity';
import { LedgerReportEntity } from './LedgerReportEntity';
import { LedgerReportRowEntity } from './LedgerReportRowEntity';
import { RiskWarningEntity } from './RiskWarningEntity';
import { RiskWarningEntryEntity } from './RiskWarningEntryEntity';

export const recordsEntities = [
  DishonestyRecordEntity,
  InterviewEntity,
  LedgerEntryEntity,
  LedgerStatusChangeEntity,
  AuditEntryEntity,
  KeySupervisionEntity,
  RiskWarningEntity,
  RiskWarningEntryEntity,
  LedgerReportEntity,
  LedgerReportRowEntity,
];
