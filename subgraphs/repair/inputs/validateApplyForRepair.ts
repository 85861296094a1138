import { requiredText } from '../../kit/inputs/text';
import { parseRowId } from '../../kit/loaders/rowId';
import type { ApplyForRepairInput } from '../generated/resolversTypes';
import { validateRepairDocuments } from './validateRepairDocuments';

/** The applicant's part of the application; BAD_USER_INPUT names the first bad field. */
export function validateApplyForRepair(input: ApplyForRepairInput) {
  return {
    recordId: parseRowId('input.recordId', input.recordId),
    statement: requiredText('input.statement', input.statement, { max: 5000 }),
    documents: validateRepairDocuments('input.documents', input.documents),
  };
}
