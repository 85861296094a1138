import { AuditEntryEntity } from '../../kit/audit/AuditEntryEntity';
import { CommitmentEntity } from './CommitmentEntity';
import { DisclosureEntity } from './DisclosureEntity';
import { InstitutionEntity } from './InstitutionEntity';

export const institutionsEntities = [InstitutionEntity, DisclosureEntity, CommitmentEntity, AuditEntryEntity];
