import 'reflect-metadata';
import { startSubgraph } from '../kit/server/startSubgraph';
import { recordsSubgraph } from './recordsSubgraph';

startSubgraph(recordsSubgraph, 4002).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
