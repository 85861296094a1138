import { badUserInput } from '../../kit/errors';
import { normalizeDocumentNumber } from '../../kit/inputs/documentNumber';
import { optionalText, requiredText, textList } from '../../kit/inputs/text';
import type { PublicityPeriods } from '../config/publicityPeriods';
import type { RecordDishonestyInput, RecordKind, Severity } from '../generated/resolversTypes';
import { publicityEnd } from './publicityEnd';

const DECIDED_BY_DOCUMENT: RecordKind[] = ['SERIOUS_DISHONESTY_LIST', 'ADMINISTRATIVE_PENALTY'];

const defaultSeverity = (kind: RecordKind): Severity => (kind === 'SERIOUS_DISHONESTY_LIST' ? 'SERIOUS' : 'GENERAL');

/**
 * The record as it will be stored; BAD_USER_INPUT names the first bad field. Only an
 * impersonation clue may name a subject without a USCC, and then by its identifiers. A list
 * entry is always SERIOUS. `today` (YYYY-MM-DD, Asia/Shanghai) bounds the decision date; the
 * publicity period comes from `periods` (publicityEnd).
 */
export function validateRecordDishonesty(input: RecordDishonestyInput, today: string, periods: PublicityPeriods) {
  const subjectName = requiredText('input.subjectName', input.subjectName, { max: 200 });
  const subjectIdentifiers = textList('input.subjectIdentifiers', input.subjectIdentifiers, { max: 200 });
  const uscc = input.subjectUscc ?? null;
  if (!uscc && input.kind !== 'IMPERSONATION_CLUE') {
    throw badUserInput('input.subjectUscc', `is required for a ${input.kind} record; only an impersonation clue may name a subject without a USCC`);
  }
  if (!uscc && !subjectIdentifiers.length) {
    throw badUserInput('input.subjectIdentifiers', 'must name at least one identifier (a website, a chat account) when the subject has no USCC');
  }
  const authority = requiredText('input.authority', input.authority, { max: 200 });
  const documentNumber = optionalText('input.documentNumber', input.documentNumber, { max: 100 });
  if (!documentNumber && DECIDED_BY_DOCUMENT.includes(input.kind)) {
    throw badUserInput('input.documentNumber', `is required for a ${input.kind} record`);
  }
  if (input.decidedAt > today) throw badUserInput('input.decidedAt', 'must not be in the future');
  const severity = input.severity ?? defaultSeverity(input.kind);
  if (input.kind === 'SERIOUS_DISHONESTY_LIST' && severity !== 'SERIOUS') {
    throw badUserInput('input.severity', 'must be SERIOUS (or omitted) for a serious-dishonesty list entry');
  }
  const given = input.publicityEndsAt ?? null;
  if (given !== null && given < input.decidedAt) throw badUserInput('input.publicityEndsAt', 'must not be before decidedAt');
  const publicityEndsAt = publicityEnd(periods, input.kind, severity, input.decidedAt, given);
  return {
    uscc,
    subjectName,
    subjectIdentifiers,
    region: input.region,
    kind: input.kind,
    severity,
    authority,
    documentNumber,
    documentNumberKey: documentNumber === null ? null : normalizeDocumentNumber(documentNumber),
    decidedAt: input.decidedAt,
    publicityEndsAt,
    summary: requiredText('input.summary', input.summary, { max: 5000 }),
  };
}

export type ValidRecord = ReturnType<typeof validateRecordDishonesty>;
