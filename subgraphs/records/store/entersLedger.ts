import type { RecordKind, Severity } from '../generated/resolversTypes';

/** Kinds that make an entity a governance target only when found serious (seed, measure 6: 严重弄虚作假、违背承诺). */
export const ONLY_WHEN_SERIOUS: readonly RecordKind[] = ['FALSE_DISCLOSURE', 'COMMITMENT_BREACH'];

/**
 * Whether a record puts its subject (an entity with a USCC) into the region's ledger: list
 * entries, penalties and clues always; a false disclosure or a commitment breach only when its
 * severity is SERIOUS (measure 6 enters "serious" false disclosures and breaches into the list).
 */
export function entersLedger(kind: RecordKind, severity: Severity): boolean {
  return !ONLY_WHEN_SERIOUS.includes(kind) || severity === 'SERIOUS';
}
