import type { DataSource } from 'typeorm';
import { createEntityLoader, createGroupLoader } from '../../kit/loaders';
import { CommitmentEntity } from '../entities/CommitmentEntity';
import { DisclosureEntity } from '../entities/DisclosureEntity';
import { InstitutionEntity } from '../entities/InstitutionEntity';

/** A fresh set for each request, so that no cached row is shared between users. */
export function createInstitutionsLoaders(dataSource: DataSource) {
  return {
    institutionByUscc: createEntityLoader(dataSource.getRepository(InstitutionEntity), 'uscc'),
    disclosuresByUscc: createGroupLoader(dataSource.getRepository(DisclosureEntity), 'uscc', { version: 'DESC' }),
    commitmentsByUscc: createGroupLoader(dataSource.getRepository(CommitmentEntity), 'uscc', { id: 'DESC' }),
  };
}

export type InstitutionsLoaders = ReturnType<typeof createInstitutionsLoaders>;
