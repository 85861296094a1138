/** The keys under which records stores what complaints collected (the records–complaints contract). */
export const clueSourceKey = (clueId: number): string => `clue:${clueId}`;
export const complaintSourceKey = (complaintId: number): string => `complaint:${complaintId}`;

/** What a source key names in complaints (null for a key complaints never makes). */
export function parseSourceKey(sourceKey: string): { kind: 'clue' | 'complaint'; id: number } | null {
  const match = /^(clue|complaint):([1-9][0-9]*)$/.exec(sourceKey);
  if (!match) return null;
  return { kind: match[1] === 'clue' ? 'clue' : 'complaint', id: Number(match[2]) };
}
