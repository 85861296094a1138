import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { SupervisionGrade } from '../generated/resolversTypes';

/** How a period of key supervision ended: a new grade (or suspension) superseded it, or it was lifted. */
export type SupervisionEnd = 'CHANGED' | 'LIFTED';

/**
 * A ledger entry under key supervision (重点监管, seed 二（三）) with one grade, from `since` until
 * `endedAt`. A change of grade or suspension ends the current row (CHANGED) and starts a new one,
 * so the history is kept; the row with no `endedAt` is the current one (at most one per entry).
 */
@Entity('key_supervision')
@Index(['entryId', 'endedAt'])
export class KeySupervisionEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  entryId: number;

  /** The entry's id while this period is current, null once ended: unique, so two racing placements store one. */
  @Index({ unique: true })
  @Column({ type: 'integer', nullable: true })
  currentOf: number | null;

  @Column({ type: 'varchar', length: 1 })
  grade: SupervisionGrade;

  /** Whether the entity's related business is suspended (暂停其开展相关业务, Annex 1 note 5). */
  @Column({ type: 'boolean' })
  businessSuspended: boolean;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'datetime', precision: 3 })
  since: Date;

  @Column({ type: 'varchar', length: 200 })
  placedBy: string;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  endedAt: Date | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  endKind: SupervisionEnd | null;

  /** Why it was lifted (for a change: the new grade). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  endReason: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  endedBy: string | null;
}
