import type { SubgraphContext } from '../kit/server/context';
import type { ComplaintsLoaders } from './loaders/createComplaintsLoaders';

export type ComplaintsContext = SubgraphContext<ComplaintsLoaders>;
