import { CreateAuditLog1764500000000 } from '../../kit/audit/CreateAuditLog1764500000000';
import { AddKeySupervisionAndRiskWarnings1765000002000 } from './AddKeySupervisionAndRiskWarnings1765000002000';
import { AddAgencyRecordSources1764600001000 } from './AddAgencyRecordSources1764600001000';
import { AddLedgerStatusChanges1764400001100 } from './AddLedgerStatusChanges1764400001100';
import { CreateRecords1764400001000 } from './CreateRecords1764400001000';
import { EncryptRecordSubjects1764500001000 } from './EncryptRecordSubjects1764500001000';
import { LedgerContract1765000001000 } from './LedgerContract1765000001000';
import { RecordsWorkflows1764600002000 } from './RecordsWorkflows1764600002000';
import { AddLedgerReports1765000003000 } from './AddLedgerReports1765000003000';

/** In the order they run. */
export const recordsMigrations = [
  CreateRecords1764400001000,
  AddLedgerStatusChanges1764400001100,
  CreateAuditLog1764500000000,
  EncryptRecordSubjects1764500001000,
  AddAgencyRecordSources1764600001000,
  RecordsWorkflows1764600002000,
  LedgerContract1765000001000,
  AddKeySupervisionAndRiskWarnings1765000002000,
  AddLedgerReports1765000003000,
];
