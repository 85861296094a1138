import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { personalData } from '../../kit/crypto/personalData';
import type { BusinessStatus, RegistrationChannel } from '../generated/resolversTypes';

@Entity('institution')
export class InstitutionEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 18 })
  uscc: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** Personal data: stored encrypted, in clear in the code. */
  @Column({ type: 'text', transformer: personalData })
  legalRepresentative: string;

  @Column({ type: 'varchar', length: 6 })
  region: string;

  @Column({ type: 'varchar', length: 8 })
  industryCode: string;

  @Column({ type: 'varchar', length: 32 })
  businessStatus: BusinessStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  businessStatusReason: string | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  businessStatusChangedAt: Date | null;

  @Column({ type: 'datetime', precision: 3 })
  registeredAt: Date;

  @Column({ type: 'varchar', length: 32 })
  registeredVia: RegistrationChannel;

  /** The account that registered it (the token's subject). */
  @Column({ type: 'varchar', length: 200 })
  registeredBy: string;
}
