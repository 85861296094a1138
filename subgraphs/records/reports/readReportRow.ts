import type { Annex1Row } from '../../kit/ledger';
import type { LedgerReportRowEntity } from '../entities/LedgerReportRowEntity';

const TEXT_CELLS = ['subjectName', 'uscc', 'interview', 'correction', 'commitment', 'repair', 'keySupervision', 'exited', 'remarks', 'responsibleUnit'] as const;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function isAnnex1Row(value: unknown): value is Annex1Row {
  return isObject(value) && Number.isInteger(value.serial) && Number.isInteger(value.recordCount) && TEXT_CELLS.every((key) => typeof value[key] === 'string');
}

const parsed = new WeakMap<LedgerReportRowEntity, Annex1Row>();

/** The Annex 1 row stored with a report row (`facts.row`), read once per row object. */
export function reportRowOf(stored: LedgerReportRowEntity): Annex1Row {
  let row = parsed.get(stored);
  if (!row) {
    const facts: unknown = JSON.parse(stored.facts);
    const candidate = isObject(facts) ? facts.row : undefined;
    if (!isAnnex1Row(candidate)) throw new Error(`ledger report row ${stored.id} holds no Annex 1 row`);
    row = candidate;
    parsed.set(stored, row);
  }
  return row;
}
