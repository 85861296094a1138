import type { Annex1LedgerEntry } from '../../kit/ledger';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isText = (value: unknown): value is string => typeof value === 'string';
const isTextOrNull = (value: unknown): value is string | null => value === null || typeof value === 'string';
const isCount = (value: unknown): value is number => Number.isInteger(value);

function isKeySupervision(value: unknown): value is Annex1LedgerEntry['measures']['keySupervision'] {
  return value === null || (isObject(value) && isText(value.grade) && typeof value.businessSuspended === 'boolean');
}

function isMeasures(value: unknown): value is Annex1LedgerEntry['measures'] {
  return (
    isObject(value) &&
    Array.isArray(value.interviewUnits) &&
    value.interviewUnits.every(isText) &&
    typeof value.correctedAndFulfilled === 'boolean' &&
    (value.commitmentCollected === null || typeof value.commitmentCollected === 'boolean') &&
    isCount(value.recordsRepaired) &&
    isCount(value.recordsToRepair) &&
    isKeySupervision(value.keySupervision)
  );
}

/** Whether an answered ledger entry has every Annex 1 fact the kit's fragment asks for, with its type. */
export function isAnnex1Entry(value: unknown): value is Annex1LedgerEntry {
  return (
    isObject(value) &&
    isText(value.id) &&
    isObject(value.subject) &&
    isText(value.subject.uscc) &&
    isText(value.subjectName) &&
    isCount(value.recordCount) &&
    (value.status === 'IN_LEDGER' || value.status === 'EXCLUDED' || value.status === 'EXITED') &&
    isTextOrNull(value.exclusionReason) &&
    (value.exitKind === null || value.exitKind === 'CRITERIA_MET' || value.exitKind === 'OVERRIDE') &&
    isMeasures(value.measures) &&
    isTextOrNull(value.remarks) &&
    isTextOrNull(value.responsibleUnit)
  );
}
