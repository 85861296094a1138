import type { DataSource } from 'typeorm';
import { createPersonalDataReadLog } from '../../kit/audit/createPersonalDataReadLog';
import type { Identity } from '../../kit/identity/identity';
import { createEntityLoader, createGroupLoader } from '../../kit/loaders';
import { BusinessStatusChangeEntity } from '../entities/BusinessStatusChangeEntity';
import { CommitmentEntity } from '../entities/CommitmentEntity';
import { DisclosureEntity } from '../entities/DisclosureEntity';
import { InstitutionContactEntity } from '../entities/InstitutionContactEntity';
import { InstitutionEntity } from '../entities/InstitutionEntity';

/** A fresh set for each request, so that no cached row is shared between users. */
export function createInstitutionsLoaders(dataSource: DataSource, identity: Identity) {
  return {
    institutionByUscc: createEntityLoader(dataSource.getRepository(InstitutionEntity), 'uscc'),
    disclosuresByUscc: createGroupLoader(dataSource.getRepository(DisclosureEntity), 'uscc', { version: 'DESC' }),
    /** Every commitment, newest first, whoever asks: each field decides what its caller sees. */
    commitmentsByUscc: createGroupLoader(dataSource.getRepository(CommitmentEntity), 'uscc', { id: 'DESC' }),
    contactsByUscc: createGroupLoader(dataSource.getRepository(InstitutionContactEntity), 'uscc', { id: 'ASC' }),
    statusChangesByUscc: createGroupLoader(dataSource.getRepository(BusinessStatusChangeEntity), 'uscc', { id: 'DESC' }),
    /** The caller's log of personal data shown in clear. */
    personalDataReads: createPersonalDataReadLog(dataSource, identity),
  };
}

export type InstitutionsLoaders = ReturnType<typeof createInstitutionsLoaders>;
