import { bearerVerifierFromEnv, type BearerVerifier } from '../../gateway/auth/createBearerVerifier';
import { createCachingIdentitySigner } from '../../gateway/auth/createCachingIdentitySigner';
import { createIdentitySigner, IDENTITY_HEADER, type IdentitySigner } from '../../subgraphs/kit/identity/identityToken';
import { gatewayPrivateKeyPem } from '../../subgraphs/kit/identity/keyMaterial';

/** The headers one subgraph call of one client request carries. */
export type SubgraphIdentityHeaders = (subgraphName: string) => Promise<Record<string, string>>;

export interface IdentityHeaders {
  /**
   * Verifies the client's bearer (none: the anonymous PUBLIC; one that does not verify:
   * UNAUTHENTICATED) and gives the request's headers for each subgraph, the identity signed
   * once per subgraph however many calls the plan makes to it — what our gateway does.
   */
  forRequest(authorization: string | undefined, clientAddress: string | undefined): Promise<SubgraphIdentityHeaders>;
}

export interface IdentityHeadersOptions {
  /** Default: from AUTH_* like our gateway (gateway/auth/createBearerVerifier.ts). */
  verifier?: BearerVerifier;
  /**
   * Default: our gateway's own signer (the gateway's key, reusing a caller's token for 30 s), so the
   * subgraphs verify as often behind a peer as behind ours and only the gateways' own work differs.
   */
  signer?: IdentitySigner;
}

/**
 * The one hook the peer gateways get on top of their stock setup: without the signed
 * x-credit-identity header every subgraph refuses the request, so a peer could not be measured.
 */
export async function createIdentityHeaders(options: IdentityHeadersOptions = {}): Promise<IdentityHeaders> {
  const verifier = options.verifier ?? bearerVerifierFromEnv();
  const signer = options.signer ?? createCachingIdentitySigner(await createIdentitySigner(gatewayPrivateKeyPem()));
  return {
    async forRequest(authorization, clientAddress) {
      const identity = await verifier.identify(authorization, clientAddress);
      const tokens = new Map<string, Promise<string>>();
      return async (subgraphName) => {
        let token = tokens.get(subgraphName);
        if (!token) {
          token = signer.sign(identity, subgraphName);
          tokens.set(subgraphName, token);
        }
        return { [IDENTITY_HEADER]: await token };
      };
    },
  };
}
