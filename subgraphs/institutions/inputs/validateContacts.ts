import { badUserInput } from '../../kit/errors';
import { requiredText } from '../../kit/inputs/text';
import type { ContactKind } from '../entities/InstitutionContactEntity';
import { normalizedPhone } from './normalizedPhone';
import { normalizedWebsite } from './normalizedWebsite';

export interface Contact {
  kind: ContactKind;
  value: string;
  normalized: string;
}

const MAX_CONTACTS = 10;

function contacts(field: string, kind: ContactKind, values: readonly string[] | null | undefined, normalize: (text: string) => string | null, expected: string): Contact[] {
  if ((values ?? []).length > MAX_CONTACTS) throw badUserInput(field, `must have at most ${MAX_CONTACTS} items`);
  const seen = new Set<string>();
  return (values ?? []).map((raw, i) => {
    const value = requiredText(`${field}[${i}]`, raw, { max: 200 });
    const normalized = normalize(value);
    if (!normalized) throw badUserInput(`${field}[${i}]`, `must be ${expected}`);
    if (seen.has(normalized)) throw badUserInput(`${field}[${i}]`, `repeats an earlier item (${normalized})`);
    seen.add(normalized);
    return { kind, value, normalized };
  });
}

/** The websites and phone numbers of a registration, each with its searchable form; BAD_USER_INPUT names the first bad one. */
export function validateContacts(field: string, websites: readonly string[] | null | undefined, phones: readonly string[] | null | undefined): Contact[] {
  return [
    ...contacts(`${field}.websites`, 'WEBSITE', websites, normalizedWebsite, 'a website, e.g. https://www.example.com'),
    ...contacts(`${field}.phones`, 'PHONE', phones, normalizedPhone, 'a phone number of 7 to 15 digits, e.g. 0731-84822207'),
  ];
}
