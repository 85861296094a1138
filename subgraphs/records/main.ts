import 'reflect-metadata';
import { startSubgraph } from '../kit/server/startSubgraph';
import { publicityPeriods } from './config/publicityPeriods';
import { recordsSubgraph } from './recordsSubgraph';

// PUBLICITY_PERIODS_FILE is checked now: a wrong entry stops the start, naming the file and the entry.
Promise.resolve()
  .then(() => publicityPeriods())
  .then(() => startSubgraph(recordsSubgraph, 4002))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
