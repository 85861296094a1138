import type { Identity } from '../../kit/identity/identity';

/**
 * The identity an audit entry names for a change another agency asked for: the person who acted
 * there (`onBehalfOf`), through the service that asked, e.g. `李四 via service:complaints`.
 */
export function actingFor(identity: Identity, onBehalfOf: string): Identity {
  return { ...identity, subject: `${onBehalfOf} via ${identity.subject}` };
}
