import 'reflect-metadata';
import { startSubgraph } from '../kit/server/startSubgraph';
import { complaintsSubgraph } from './complaintsSubgraph';

startSubgraph(complaintsSubgraph, 4003).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
