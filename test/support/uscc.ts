import { usccCheckCharacter } from '../../subgraphs/kit/scalars/uscc';

/** A valid USCC from 17 characters (the check character is computed). */
export function uscc(first17: string): string {
  return first17 + usccCheckCharacter(first17);
}

/** The same code with a wrong check character. */
export function badUscc(first17: string): string {
  const good = usccCheckCharacter(first17);
  return first17 + (good === '0' ? '1' : '0');
}
