import { requiredText } from '../../kit/inputs/text';
import { parseRowId } from '../../kit/loaders/rowId';
import type { ApplyForRepairInput } from '../generated/resolversTypes';

/**
 * The application as it will be stored; BAD_USER_INPUT names the first bad field.
 * `subjectUscc` and `region` are taken from the client for now: a later issue reads them from
 * the record in `records`, asking the gateway with a SERVICE identity (DESIGN.md §3 rule 5).
 */
export function validateApplyForRepair(input: ApplyForRepairInput) {
  return {
    recordId: parseRowId('input.recordId', input.recordId),
    uscc: input.subjectUscc,
    region: input.region,
    statement: requiredText('input.statement', input.statement, { max: 5000 }),
  };
}
