import { AuditEntryEntity } from '../../kit/audit/AuditEntryEntity';
import { ConfirmationRequestEntity } from './ConfirmationRequestEntity';
import { RepairCaseEntity } from './RepairCaseEntity';
import { RepairDocumentEntity } from './RepairDocumentEntity';

export const repairEntities = [RepairCaseEntity, ConfirmationRequestEntity, RepairDocumentEntity, AuditEntryEntity];
