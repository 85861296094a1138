import type { Identity } from '../../subgraphs/kit/identity/identity';

/** What the gateway knows of each request: the verified caller. */
export interface GatewayContext {
  identity: Identity;
  /** The identity signed once per subgraph for this request (a plan may call a subgraph several times). */
  identityTokens: Map<string, Promise<string>>;
}

export function hasIdentity(context: Record<string, unknown>): context is Record<string, unknown> & GatewayContext {
  const identity = context.identity;
  return typeof identity === 'object' && identity !== null && 'role' in identity && context.identityTokens instanceof Map;
}
