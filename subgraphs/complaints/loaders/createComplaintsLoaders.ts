import type { DataSource } from 'typeorm';
import type { Identity } from '../../kit/identity/identity';
import { createScopedComplaintsLoaders, type ScopedComplaintsLoaders } from './createScopedComplaintsLoaders';

/**
 * A fresh set for each request, so that no cached row is shared between users. The loaders read
 * only what the caller may see, so they are made for the request's identity on first use.
 */
export function createComplaintsLoaders(dataSource: DataSource) {
  const byCaller = new WeakMap<Identity, ScopedComplaintsLoaders>();
  return {
    of(identity: Identity): ScopedComplaintsLoaders {
      const made = byCaller.get(identity);
      if (made) return made;
      const loaders = createScopedComplaintsLoaders(dataSource, identity);
      byCaller.set(identity, loaders);
      return loaders;
    },
  };
}

export type ComplaintsLoaders = ReturnType<typeof createComplaintsLoaders>;
