import { CreateRecords1764400001000 } from './CreateRecords1764400001000';

/** In the order they run. */
export const recordsMigrations = [CreateRecords1764400001000];
