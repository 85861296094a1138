import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

export const SUBGRAPH_NAMES = ['institutions', 'records', 'complaints', 'repair'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

export const SCHEMA_DIR = join(__dirname, '..', 'schema');

/** Composes schema/<name>.graphql into a supergraph SDL, or throws with every composition error. */
export function composeSupergraph(schemaDir: string = SCHEMA_DIR): string {
  const services = SUBGRAPH_NAMES.map((name) => ({
    name,
    // The routing URL is a placeholder: the gateway overrides every address at run time.
    url: `http://${name}:4000/graphql`,
    typeDefs: parse(readFileSync(join(schemaDir, `${name}.graphql`), 'utf8')),
  }));
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}
