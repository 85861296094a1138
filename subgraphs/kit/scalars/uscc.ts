import { checkedScalar, type CheckResult } from './checkedScalar';

/** GB 32100-2015 unified social credit code alphabet (no I, O, S, V, Z). */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character for the first 17 characters of a USCC. */
export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += ALPHABET.indexOf(first17[i]) * WEIGHTS[i];
  return ALPHABET[(31 - (sum % 31)) % 31];
}

/** Returns the code if valid, or a reason it is not. */
export function checkUscc(value: unknown): CheckResult<string> {
  if (typeof value !== 'string') return { ok: false, reason: 'must be a string of 18 characters' };
  const code = value.trim().toUpperCase();
  if (code.length !== 18) return { ok: false, reason: `must be 18 characters, got ${code.length}` };
  const bad = [...code].find((c) => !ALPHABET.includes(c));
  if (bad !== undefined) return { ok: false, reason: `character "${bad}" is not allowed (GB 32100-2015)` };
  if (usccCheckCharacter(code) !== code[17]) return { ok: false, reason: 'check character does not match (GB 32100-2015)' };
  return { ok: true, value: code };
}

export const USCCScalar = checkedScalar({
  name: 'USCC',
  description: 'Unified social credit code (统一社会信用代码), 18 characters, check character verified per GB 32100-2015.',
  check: checkUscc,
});
