import { forbidden } from '../../kit/identity/authorize';
import type { Identity } from '../../kit/identity/identity';

/**
 * Refuses (FORBIDDEN) every caller but the complaints service: the contract mutations put facts
 * another agency decided into the credit record, and only that agency's SERVICE identity (signed
 * with its own key at the gateway) speaks for it. Every other role, and every other service, may
 * never do it.
 */
export function requireComplaintsService(identity: Identity, what: string): void {
  if (identity.role !== 'SERVICE' || identity.service !== 'complaints') {
    throw forbidden(`only the complaints service may ${what}; ${identity.role}${identity.service ? ` (${identity.service})` : ''} may not`);
  }
}
