import type { SubgraphContext } from '../kit/server/context';
import type { InstitutionsLoaders } from './loaders/createInstitutionsLoaders';

export type InstitutionsContext = SubgraphContext<InstitutionsLoaders>;
