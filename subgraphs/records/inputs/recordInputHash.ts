import { createHash } from 'node:crypto';
import type { ValidRecord } from './validateRecordDishonesty';

/**
 * A digest of a record's input as checked (trimmed, brackets normalised), in a fixed order, so
 * that a retry under the same source key is recognised as the same input however it is spelled
 * and whatever order its fields came in.
 */
export function recordInputHash(record: ValidRecord): string {
  const fields = [
    record.uscc, record.subjectName, record.subjectIdentifiers, record.region, record.kind, record.severity, record.authority,
    record.documentNumberKey, record.decidedAt, record.publicityEndsAt, record.summary,
  ];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}
