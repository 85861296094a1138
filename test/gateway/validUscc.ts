import { usccCheckCharacter } from '../../subgraphs/kit/scalars/uscc';

/** A USCC with a correct check character, from its first 17 characters. */
export function validUscc(first17: string): string {
  return first17 + usccCheckCharacter(first17);
}
