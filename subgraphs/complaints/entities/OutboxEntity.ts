import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { personalData } from '../../kit/crypto/personalData';

export type OutboxOperation = 'collectAgencyRecord' | 'recordClueFinding';
export type OutboxStatus = 'PENDING' | 'DELIVERED' | 'FAILED';

/**
 * A write to records that a handling mutation decided (transactional outbox): stored in the same
 * transaction as the state change, delivered after it commits, in id order per sourceKey.
 */
@Entity('records_outbox')
@Index(['operation', 'sourceKey'], { unique: true })
@Index(['status', 'id'])
@Index(['sourceKey', 'id'])
export class OutboxEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 32 })
  operation: OutboxOperation;

  /** The records–complaints contract's key (clue:<id>, complaint:<id>); the rows of one key are delivered in order. */
  @Column({ type: 'varchar', length: 64 })
  sourceKey: string;

  /** The operation's variables as JSON, fixed when it was decided so every retry sends the same; they may name a person, so encrypted. */
  @Column({ type: 'text', transformer: personalData })
  variables: string;

  @Column({ type: 'varchar', length: 16 })
  status: OutboxStatus;

  @Column({ type: 'integer' })
  attempts: number;

  /** Not before this instant (wall clock, backoff); null: at once. */
  @Column({ type: 'datetime', precision: 3, nullable: true })
  nextAttemptAt: Date | null;

  /** Why the last attempt did not deliver (an outage) or why records refused it for good (FAILED). */
  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  deliveredAt: Date | null;

  /** The record records answered with. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  recordId: string | null;
}
