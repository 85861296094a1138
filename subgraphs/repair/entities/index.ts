import { AuditEntryEntity } from '../../kit/audit/AuditEntryEntity';
import { ConfirmationRequestEntity } from './ConfirmationRequestEntity';
import { RepairCaseEntity } from './RepairCaseEntity';

export const repairEntities = [RepairCaseEntity, ConfirmationRequestEntity, AuditEntryEntity];
