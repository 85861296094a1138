import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { testSubgraphSdl } from './testSubgraphSdl';

/** Composes the test subgraphs (placeholder URLs, as in the real supergraph) into a temporary file. */
export function writeTestSupergraph(): string {
  const services = Object.entries(testSubgraphSdl).map(([name, sdl]) => ({
    name,
    url: `http://${name}:4000/graphql`,
    typeDefs: parse(sdl),
  }));
  const result = composeServices(services);
  if (result.errors) throw new Error(`test supergraph does not compose: ${result.errors.map((e) => e.message).join('; ')}`);
  const path = join(mkdtempSync(join(tmpdir(), 'gateway-test-')), 'supergraph.graphql');
  writeFileSync(path, result.supergraphSdl);
  return path;
}
