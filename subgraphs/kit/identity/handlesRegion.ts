import { inRegionScope } from './authorize';
import type { Identity } from './identity';

/** Whether the caller handles the cases of `region`: a lead unit whose region covers it (cut by level). */
export function handlesRegion(identity: Identity, region: string): boolean {
  return identity.role === 'LEAD_UNIT' && !!identity.region && inRegionScope(identity, region);
}
