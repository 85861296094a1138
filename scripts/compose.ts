import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_DIR, composeSupergraph } from './composeSupergraph';

const target = join(SCHEMA_DIR, 'supergraph.graphql');
writeFileSync(target, composeSupergraph());
console.log(`composed ${target}`);
