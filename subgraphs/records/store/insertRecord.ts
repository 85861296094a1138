import type { EntityManager } from 'typeorm';
import { conflict } from '../../kit/errors';
import { DishonestyRecordEntity } from '../entities/DishonestyRecordEntity';
import type { ValidRecord } from '../inputs/validateRecordDishonesty';
import { enterLedger } from './enterLedger';
import { entersLedger } from './entersLedger';

/** Where a record another agency collected comes from (collectAgencyRecord). */
export interface RecordSource {
  sourceKey: string;
  sourceInputHash: string;
}

export const duplicateRecord = (documentNumber: string | null) =>
  conflict(`a record about this subject with document number ${documentNumber} from this authority already exists`);

/**
 * Stores a checked record as ACTIVE (a duplicate is the same authority's document number, brackets
 * normalised, about the same subject) and, when it has a USCC and its kind and severity make the
 * entity a target, puts the entity into the region's ledger (or back after an exit). A duplicate
 * found here is CONFLICT; one stored concurrently fails on the unique index (the caller maps it).
 * Call inside a transaction.
 */
export async function insertRecord(manager: EntityManager, record: ValidRecord, at: Date, source: RecordSource | null = null): Promise<DishonestyRecordEntity> {
  const { uscc, kind, region, authority, documentNumberKey, severity } = record;
  if (uscc && documentNumberKey && (await manager.existsBy(DishonestyRecordEntity, { uscc, authority, documentNumberKey }))) {
    throw duplicateRecord(record.documentNumber);
  }
  const saved = await manager.save(
    manager.create(DishonestyRecordEntity, {
      ...record,
      status: 'ACTIVE',
      recordedAt: at,
      sourceKey: source?.sourceKey ?? null,
      sourceInputHash: source?.sourceInputHash ?? null,
      finding: null,
      findingBy: null,
      findingNote: null,
      findingAt: null,
      revokedAt: null,
      revocationReason: null,
      revocationDocumentNumber: null,
      revocationDecidedAt: null,
    }),
  );
  if (uscc && entersLedger(kind, severity)) await enterLedger(manager, { uscc, region, subjectName: record.subjectName }, at);
  return saved;
}
