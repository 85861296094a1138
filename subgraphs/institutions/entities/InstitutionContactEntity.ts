import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type ContactKind = 'WEBSITE' | 'PHONE';

/**
 * A website or phone number of an institution, as registered and in the form the directory
 * searches (`normalized`: a website without scheme, "www." or trailing slash, in lower case; a
 * phone as its digits), so that "is this a registered institution?" can be asked with either.
 */
@Entity('institution_contact')
@Index(['kind', 'normalized'])
export class InstitutionContactEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'varchar', length: 18 })
  uscc: string;

  @Column({ type: 'varchar', length: 16 })
  kind: ContactKind;

  @Column({ type: 'varchar', length: 200 })
  value: string;

  @Column({ type: 'varchar', length: 200 })
  normalized: string;
}
