import { CreateInstitutions1764400000000 } from './CreateInstitutions1764400000000';

/** In the order they run. */
export const institutionsMigrations = [CreateInstitutions1764400000000];
