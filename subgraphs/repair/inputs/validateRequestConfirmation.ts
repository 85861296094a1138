import { badUserInput } from '../../kit/errors';
import { isCaseNumber, normalizeCaseNumber } from '../../kit/inputs/documentNumber';
import { optionalText, requiredText } from '../../kit/inputs/text';
import { parseRowId } from '../../kit/loaders/rowId';
import type { RequestConfirmationInput } from '../generated/resolversTypes';

function caseNumber(value: string | null | undefined): string | null {
  const text = optionalText('input.caseNumber', value, { max: 64 });
  if (text === null) return null;
  const normalized = normalizeCaseNumber(text);
  if (!isCaseNumber(normalized)) throw badUserInput('input.caseNumber', 'must be a case number (案号) like （2021）京0105执1234号');
  return normalized;
}

/** A court's code (代字) as in its case numbers: 京0105, 湘01, 最高法. */
const COURT_CODE = { test: /^[\u4e00-\u9fa5]{1,3}\d{0,4}$/, description: 'must be a court code like 京0105' };

/**
 * The request as it will be stored; BAD_USER_INPUT names the first bad field. A court is asked by
 * its code and about a case number (it answers from its enforcement file); a settlement is a court
 * enforcement matter, so only a court confirms one.
 */
export function validateRequestConfirmation(input: RequestConfirmationInput) {
  const court = input.authorityKind === 'COURT';
  const request = {
    repairCaseId: parseRowId('input.repairCaseId', input.repairCaseId),
    authority: requiredText('input.authority', input.authority, court ? { max: 100, pattern: COURT_CODE } : { max: 100 }),
    authorityKind: input.authorityKind,
    caseNumber: caseNumber(input.caseNumber),
    kind: input.kind,
  };
  if (court && request.caseNumber === null) throw badUserInput('input.caseNumber', 'is required when a court is asked');
  if (!court && request.kind !== 'OBLIGATIONS_FULFILLED') {
    throw badUserInput('input.kind', `${request.kind}: a settlement is confirmed by the court that enforces it, not by the listing authority`);
  }
  return request;
}
