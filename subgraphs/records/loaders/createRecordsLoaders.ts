import type { DataSource } from 'typeorm';
import type { Identity } from '../../kit/identity/identity';
import { createScopedRecordsLoaders, type ScopedRecordsLoaders } from './createScopedRecordsLoaders';

/**
 * A fresh set for each request, so that no cached row is shared between users. The loaders read
 * only what the caller may see, so they are made for the request's identity on first use.
 */
export function createRecordsLoaders(dataSource: DataSource) {
  const byCaller = new WeakMap<Identity, ScopedRecordsLoaders>();
  return {
    of(identity: Identity): ScopedRecordsLoaders {
      const made = byCaller.get(identity);
      if (made) return made;
      const loaders = createScopedRecordsLoaders(dataSource, identity);
      byCaller.set(identity, loaders);
      return loaders;
    },
  };
}

export type RecordsLoaders = ReturnType<typeof createRecordsLoaders>;
