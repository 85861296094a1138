import 'reflect-metadata';
import { startSubgraph } from '../kit/server/startSubgraph';
import { repairSubgraph } from './repairSubgraph';

startSubgraph(repairSubgraph, 4004).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
