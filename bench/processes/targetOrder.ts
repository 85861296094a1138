/**
 * The order of the targets in round `round` (0-based): as given, then reversed, then rotated by
 * one and so on, so that no target always runs first (cold caches) or right after the same one.
 */
export function targetOrder<T>(targets: readonly T[], round: number): T[] {
  const shift = targets.length ? Math.floor(round / 2) % targets.length : 0;
  const rotated = [...targets.slice(shift), ...targets.slice(0, shift)];
  return round % 2 === 1 ? rotated.reverse() : rotated;
}
