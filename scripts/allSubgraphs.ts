import { complaintsSubgraph } from '../subgraphs/complaints/complaintsSubgraph';
import { institutionsSubgraph } from '../subgraphs/institutions/institutionsSubgraph';
import { recordsSubgraph } from '../subgraphs/records/recordsSubgraph';
import { repairSubgraph } from '../subgraphs/repair/repairSubgraph';
import type { SubgraphName } from './composeSupergraph';

/** The four agencies' subgraphs, by the names the supergraph knows them by. */
export const allSubgraphs = {
  institutions: institutionsSubgraph,
  records: recordsSubgraph,
  complaints: complaintsSubgraph,
  repair: repairSubgraph,
} satisfies Record<SubgraphName, unknown>;

/** Default ports: the gateway on 4000, the subgraphs on 4001–4004. */
export const DEFAULT_PORTS: Record<SubgraphName | 'gateway', number> = {
  gateway: 4000,
  institutions: 4001,
  records: 4002,
  complaints: 4003,
  repair: 4004,
};
