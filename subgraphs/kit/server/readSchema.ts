import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DocumentNode } from 'graphql';

/** The schema folder, from the sources (subgraphs/kit/server) or the build (dist/subgraphs/kit/server). */
export function schemaDir(): string {
  const candidates = [process.env.SCHEMA_DIR, join(__dirname, '../../../schema'), join(__dirname, '../../../../schema')];
  const found = candidates.find((dir): dir is string => !!dir && existsSync(join(dir, 'institutions.graphql')));
  if (!found) throw new Error(`schema folder not found (looked in ${candidates.filter(Boolean).join(', ')})`);
  return found;
}

/** Reads schema/<name>.graphql, the subgraph's SDL, at start-up. */
export function readSchema(name: string): DocumentNode {
  return parse(readFileSync(join(schemaDir(), `${name}.graphql`), 'utf8'));
}
