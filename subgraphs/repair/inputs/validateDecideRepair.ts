import { badUserInput } from '../../kit/errors';
import { optionalText } from '../../kit/inputs/text';
import { parseRowId } from '../../kit/loaders/rowId';
import type { MutationDecideRepairArgs } from '../generated/resolversTypes';

/** The decision as it will be stored: a rejection must say why (the applicant is told). */
export function validateDecideRepair(args: MutationDecideRepairArgs) {
  const note = optionalText('note', args.note, { max: 2000 });
  if (!args.approve && note === null) throw badUserInput('note', 'is required when the repair is rejected: give the reason');
  return { repairCaseId: parseRowId('repairCaseId', args.repairCaseId), approve: args.approve, note };
}
