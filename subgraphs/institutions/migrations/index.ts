import { CreateAuditLog1764500000000 } from '../../kit/audit/CreateAuditLog1764500000000';
import { AddRegistryHistory1764700000000 } from './AddRegistryHistory1764700000000';
import { CreateInstitutions1764400000000 } from './CreateInstitutions1764400000000';
import { EncryptLegalRepresentatives1764600000000 } from './EncryptLegalRepresentatives1764600000000';

/** In the order they run. */
export const institutionsMigrations = [CreateInstitutions1764400000000, CreateAuditLog1764500000000, EncryptLegalRepresentatives1764600000000, AddRegistryHistory1764700000000];
