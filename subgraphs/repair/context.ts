import type { SubgraphContext } from '../kit/server/context';
import type { RepairLoaders } from './loaders/createRepairLoaders';

export type RepairContext = SubgraphContext<RepairLoaders>;
