import type { Identity } from '../../subgraphs/kit/identity/identity';

/** What the gateway knows of each request: the verified caller. */
export interface GatewayContext {
  identity: Identity;
}

export function hasIdentity(context: Record<string, unknown>): context is Record<string, unknown> & GatewayContext {
  const identity = context.identity;
  return typeof identity === 'object' && identity !== null && 'role' in identity;
}
