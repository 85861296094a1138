import { createHash } from 'node:crypto';
import type { ValidRecord } from './validateRecordDishonesty';

/**
 * A digest of a record's input as checked (trimmed, brackets normalised), in a fixed order, so
 * that a retry under the same source key is recognised as the same input however it is spelled
 * and whatever order its fields came in. The publicity end is the one given (a computed one
 * depends on the configuration of the day).
 */
export function recordInputHash(record: ValidRecord, givenPublicityEndsAt: string | null): string {
  const fields = [
    record.uscc, record.subjectName, record.subjectIdentifiers, record.region, record.kind, record.severity, record.authority,
    record.documentNumberKey, record.decidedAt, givenPublicityEndsAt, record.summary,
  ];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}
