import { maskEmail, maskName, maskPhone } from '../../kit/crypto/mask';
import type { Complainant } from '../generated/resolversTypes';

/** A complainant as shown to whoever does not handle the complaint. */
export function maskComplainant({ name, phone, email }: Complainant): Complainant {
  return { name: maskName(name), phone: phone === null ? null : maskPhone(phone), email: email === null ? null : maskEmail(email) };
}
