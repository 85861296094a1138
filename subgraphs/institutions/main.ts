import 'reflect-metadata';
import { startSubgraph } from '../kit/server/startSubgraph';
import { institutionsSubgraph } from './institutionsSubgraph';

startSubgraph(institutionsSubgraph, 4001).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
