import type { ValueTransformer } from 'typeorm';
import { cipherFromEnv, type Cipher } from './cipher';

let cipher: Cipher | null = null;

/** The process's cipher, from the environment on first use (startSubgraph asks for it at start-up). */
export function personalDataCipher(): Cipher {
  cipher ??= cipherFromEnv();
  return cipher;
}

/**
 * A TypeORM column transformer that stores personal data encrypted and hands it to the code in
 * clear: `@Column({ type: 'text', transformer: personalData })`. Such a column cannot be
 * searched or compared in SQL; compare in code.
 */
export const personalData: ValueTransformer = {
  to: (value: unknown) => (typeof value === 'string' ? personalDataCipher().encrypt(value) : value),
  from: (value: unknown) => (typeof value === 'string' ? personalDataCipher().decrypt(value) : value),
};
