import type { GovernanceTarget, RecordKind, RecordStatus } from '../generated/resolversTypes';

/** Records that no longer make an entity a target: a penalty revoked, a clue found untrue. */
export const VOID_STATUSES: RecordStatus[] = ['REVOKED', 'REFUTED'];

/**
 * The kinds of target (seed, section 1) an entity's records make it: an impersonation clue an
 * impersonator, any other record a dishonest institution.
 */
export function governanceTargets(kinds: readonly RecordKind[]): GovernanceTarget[] {
  const targets: GovernanceTarget[] = [];
  if (kinds.some((kind) => kind !== 'IMPERSONATION_CLUE')) targets.push('DISHONEST_INSTITUTION');
  if (kinds.includes('IMPERSONATION_CLUE')) targets.push('IMPERSONATOR');
  return targets;
}
