import type { SubgraphName } from '../../scripts/composeSupergraph';

/** What a peer gateway is built from: the same supergraph and subgraphs as ours. */
export interface PeerOptions {
  supergraphSdl: string;
  /** Addresses replacing the supergraph's placeholder routing URLs. */
  subgraphUrls: Record<SubgraphName, string>;
}

/** A peer gateway, built but not yet listening. */
export interface Peer {
  /** node:http listener */
  listen(port: number, host: string): Promise<{ url: string; close(): Promise<void> }>;
}
