import { AuditEntryEntity } from '../../kit/audit/AuditEntryEntity';
import { BusinessStatusChangeEntity } from './BusinessStatusChangeEntity';
import { CommitmentEntity } from './CommitmentEntity';
import { DisclosureEntity } from './DisclosureEntity';
import { InstitutionContactEntity } from './InstitutionContactEntity';
import { InstitutionEntity } from './InstitutionEntity';

export const institutionsEntities = [
  InstitutionEntity, InstitutionContactEntity, BusinessStatusChangeEntity, DisclosureEntity, CommitmentEntity, AuditEntryEntity,
];
