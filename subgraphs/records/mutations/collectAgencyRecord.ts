import type { DataSource } from 'typeorm';
import { recordAudit } from '../../kit/audit/recordAudit';
import { isUniqueViolation } from '../../kit/data/isUniqueViolation';
import { inTransaction } from '../../kit/data/transaction';
import { badUserInput, conflict } from '../../kit/errors';
import { requiredText } from '../../kit/inputs/text';
import { requireComplaintsService } from '../access/requireComplaintsService';
import { DishonestyRecordEntity } from '../entities/DishonestyRecordEntity';
import type { MutationResolvers, RecordKind } from '../generated/resolversTypes';
import { recordInputHash } from '../inputs/recordInputHash';
import { publicityPeriods } from '../config/publicityPeriods';
import { shanghaiDate } from '../../kit/calendar/shanghaiDate';
import { validateRecordDishonesty } from '../inputs/validateRecordDishonesty';
import { actingFor } from '../store/actingFor';
import { duplicateRecord, insertRecord } from '../store/insertRecord';

/** What complaints finds (seed, section 3 and measure 6); penalties and list entries come from their own authorities. */
const COLLECTED_KINDS: readonly RecordKind[] = ['IMPERSONATION_CLUE', 'FALSE_DISCLOSURE', 'COMMITMENT_BREACH'];

/** The record stored first under `sourceKey`, when the input is the same; CONFLICT when it is not. */
function retried(stored: DishonestyRecordEntity, sourceKey: string, hash: string): DishonestyRecordEntity {
  if (stored.sourceInputHash !== hash) {
    throw conflict(`source key ${sourceKey} already names dishonesty record ${stored.id}, collected with other input`);
  }
  return stored;
}

const storedUnder = (dataSource: DataSource, sourceKey: string) => dataSource.getRepository(DishonestyRecordEntity).findOneBy({ sourceKey });

/**
 * The contract with complaints (SERVICE "complaints" only): a clue, or a false disclosure or
 * commitment breach concluded on a complaint, collected as a record under the complaints key.
 * Idempotent on the key, also under concurrency: the unique index on `sourceKey` lets one insert
 * win, and the loser answers as a retry.
 */
export const collectAgencyRecord: NonNullable<MutationResolvers['collectAgencyRecord']> = async (
  _parent,
  { sourceKey: givenKey, onBehalfOf: givenActor, input },
  { dataSource, identity, now },
) => {
  requireComplaintsService(identity, 'collect agency records');
  const sourceKey = requiredText('sourceKey', givenKey, { max: 200 });
  const onBehalfOf = requiredText('onBehalfOf', givenActor, { max: 100 });
  if (!COLLECTED_KINDS.includes(input.kind)) {
    throw badUserInput('input.kind', `must be one of ${COLLECTED_KINDS.join(', ')}: a ${input.kind} is recorded by its own authority`);
  }
  const recordedAt = now();
  const record = validateRecordDishonesty(input, shanghaiDate(recordedAt), publicityPeriods());
  const sourceInputHash = recordInputHash(record, input.publicityEndsAt ?? null);
  try {
    return await inTransaction(dataSource, async (manager) => {
      const stored = await manager.findOneBy(DishonestyRecordEntity, { sourceKey });
      if (stored) return retried(stored, sourceKey, sourceInputHash);
      const saved = await insertRecord(manager, record, recordedAt, { sourceKey, sourceInputHash });
      await recordAudit(manager, actingFor(identity, onBehalfOf), {
        operation: 'collectAgencyRecord',
        objectType: 'DishonestyRecord',
        objectId: saved.id,
        summary: `collected ${record.kind} (${sourceKey}) in region ${record.region} about ${record.uscc ?? 'a subject without a USCC'}`,
      }, recordedAt);
      return saved;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const stored = await storedUnder(dataSource, sourceKey);
    if (stored) return retried(stored, sourceKey, sourceInputHash);
    throw duplicateRecord(record.documentNumber);
  }
};
