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

/** The request as it will be stored; BAD_USER_INPUT names the first bad field. */
export function validateRequestConfirmation(input: RequestConfirmationInput) {
  return {
    repairCaseId: parseRowId('input.repairCaseId', input.repairCaseId),
    authority: requiredText('input.authority', input.authority, { max: 100 }),
    caseNumber: caseNumber(input.caseNumber),
    kind: input.kind,
  };
}
