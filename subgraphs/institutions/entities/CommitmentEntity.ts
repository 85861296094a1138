import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { personalData } from '../../kit/crypto/personalData';

/** A credit commitment (Annex 2), signed by the institution and its legal representative. */
@Entity('credit_commitment')
export class CommitmentEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'varchar', length: 18 })
  uscc: string;

  @Column({ type: 'text' })
  text: string;

  /** Personal data: stored encrypted, in clear in the code. */
  @Column({ type: 'text', transformer: personalData })
  legalRepresentative: string;

  @Column({ type: 'datetime', precision: 3 })
  signedAt: Date;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  publishedAt: Date | null;

  /** Set when the legal representative changes after signing: from then on it is not current. */
  @Column({ type: 'datetime', precision: 3, nullable: true })
  supersededAt: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  supersededReason: string | null;
}
