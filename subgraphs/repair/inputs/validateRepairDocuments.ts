import { badUserInput } from '../../kit/errors';
import { optionalText, requiredText } from '../../kit/inputs/text';
import type { RepairDocumentInput, RepairDocumentKind } from '../generated/resolversTypes';

export interface RepairDocument {
  kind: RepairDocumentKind;
  reference: string;
  title: string | null;
}

const MAX_DOCUMENTS = 20;

/** Each document's kind and reference (its number or title); BAD_USER_INPUT names the first bad one. */
export function validateRepairDocuments(field: string, documents: readonly RepairDocumentInput[] | null | undefined): RepairDocument[] {
  const given = documents ?? [];
  if (given.length > MAX_DOCUMENTS) throw badUserInput(field, `must list at most ${MAX_DOCUMENTS} documents`);
  return given.map((document, i) => ({
    kind: document.kind,
    reference: requiredText(`${field}[${i}].reference`, document.reference, { max: 200 }),
    title: optionalText(`${field}[${i}].title`, document.title, { max: 200 }),
  }));
}
