import { ConfirmationRequestEntity } from './ConfirmationRequestEntity';
import { RepairCaseEntity } from './RepairCaseEntity';

export const repairEntities = [RepairCaseEntity, ConfirmationRequestEntity];
