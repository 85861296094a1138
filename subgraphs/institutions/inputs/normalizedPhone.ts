/** What people write in a phone number: digits, spaces, dashes, dots, brackets, a leading +. */
const PHONE = /^\+?[\d\s().-]+$/;
/** China's country code as written before a number (+86, 0086). */
const COUNTRY_CODE = /^(\+|00)86(?=[\s(.-]*\d)/;
/** Numbers dialled at home without a trunk 0: mobiles (1[3-9] and 9 digits) and 400/800 service numbers. */
const NO_TRUNK_PREFIX = /^(1[3-9]\d{9}|[48]00\d{7})$/;

/**
 * A phone number in the form the directory compares: the digits dialled within China
 * (`0731-8482 2207`, `(0731) 84822207` and `+86 731 8482 2207` → `073184822207`); null when it is
 * not a phone number (7 to 15 digits).
 */
export function normalizedPhone(text: string): string | null {
  const trimmed = text.trim();
  if (!PHONE.test(trimmed)) return null;
  const international = COUNTRY_CODE.test(trimmed);
  const digits = trimmed.replace(COUNTRY_CODE, '').replace(/\D/g, '');
  // From abroad a landline's area code loses its trunk 0 (+86 731 … is 0731 …).
  const domestic = international && !NO_TRUNK_PREFIX.test(digits) && !digits.startsWith('0') ? `0${digits}` : digits;
  return domestic.length >= 7 && domestic.length <= 15 ? domestic : null;
}
