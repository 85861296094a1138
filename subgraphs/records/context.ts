import type { SubgraphContext } from '../kit/server/context';
import type { RecordsLoaders } from './loaders/createRecordsLoaders';

export type RecordsContext = SubgraphContext<RecordsLoaders>;
