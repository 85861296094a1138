import { requiredText } from '../../kit/inputs/text';
import type { RegisterInstitutionInput } from '../generated/resolversTypes';
import { validateContacts } from './validateContacts';

const INDUSTRY_CODE = { test: /^\d{4}$/, description: 'must be a 4-digit GB/T 4754-2017 class, e.g. 7295' };

/** The registration as it will be stored, with its contacts; BAD_USER_INPUT names the first bad field. */
export function validateRegisterInstitution(input: RegisterInstitutionInput) {
  return {
    institution: {
      uscc: input.uscc,
      region: input.region,
      name: requiredText('input.name', input.name, { max: 200 }),
      legalRepresentative: requiredText('input.legalRepresentative', input.legalRepresentative, { max: 100 }),
      industryCode: requiredText('input.industryCode', input.industryCode ?? '7295', { max: 4, pattern: INDUSTRY_CODE }),
    },
    contacts: validateContacts('input', input.websites, input.phones),
  };
}
