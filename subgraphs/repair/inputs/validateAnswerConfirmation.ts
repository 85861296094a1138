import { optionalText, requiredText } from '../../kit/inputs/text';
import { parseRowId } from '../../kit/loaders/rowId';
import type { AnswerConfirmationInput } from '../generated/resolversTypes';

/** The answer as it will be stored; BAD_USER_INPUT names the first bad field. */
export function validateAnswerConfirmation(input: AnswerConfirmationInput) {
  return {
    requestId: parseRowId('input.requestId', input.requestId),
    answer: input.answer,
    document: requiredText('input.document', input.document, { max: 200 }),
    note: optionalText('input.note', input.note, { max: 2000 }),
  };
}
