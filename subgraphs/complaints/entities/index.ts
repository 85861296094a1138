import { AuditEntryEntity } from '../../kit/audit/AuditEntryEntity';
import { ClueEntity } from './ClueEntity';
import { ComplaintEntity } from './ComplaintEntity';
import { ComplaintEventEntity } from './ComplaintEventEntity';
import { LetterFeedbackEntity } from './LetterFeedbackEntity';
import { OutboxEntity } from './OutboxEntity';
import { WarningLetterEntity } from './WarningLetterEntity';

export const complaintsEntities = [ComplaintEntity, ComplaintEventEntity, ClueEntity, WarningLetterEntity, LetterFeedbackEntity, OutboxEntity, AuditEntryEntity];
