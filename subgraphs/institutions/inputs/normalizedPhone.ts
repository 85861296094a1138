/** What people write in a phone number: digits, spaces, dashes, dots, brackets, a leading +. */
const PHONE = /^\+?[\d\s().-]+$/;
/** China's country code as written before a number (+86, 0086): not part of the number dialled at home. */
const COUNTRY_CODE = /^(\+|00)86(?=[\s(.-]*\d{7})/;

/**
 * A phone number in the form the directory compares: its digits, without China's country code
 * (`+86 0731-8482 2207` → `073184822207`); null when it is not a phone number (7 to 15 digits).
 */
export function normalizedPhone(text: string): string | null {
  const trimmed = text.trim();
  if (!PHONE.test(trimmed)) return null;
  const digits = trimmed.replace(COUNTRY_CODE, '').replace(/\D/g, '');
  return digits.length >= 7 && digits.length <= 15 ? digits : null;
}
