import type DataLoader from 'dataloader';
import type { ObjectLiteral, Repository } from 'typeorm';
import { toPage, type Connection, type PageArgs } from '../pagination/connection';
import { createConnectionLoader } from './createConnectionLoader';
import type { Filter } from './createCountLoader';

/** Plain JSON that tells two filters apart (sort its lists, so that equal filters are equal). */
export type FilterKey = string | number | boolean | null | readonly FilterKey[] | { readonly [key: string]: FilterKey };

/** The rows a field's arguments select, with the key that names that selection. */
export interface ArgsFilter<T extends ObjectLiteral> {
  filter?: Filter<T>;
  key: FilterKey;
}

export interface ConnectionLoaderFamilyOptions<T extends ObjectLiteral, Args extends PageArgs> {
  repository: Repository<T>;
  /** The column that relates a row to its parent (e.g. `uscc`). */
  column: string;
  order: 'ASC' | 'DESC';
  /** Without it, the arguments only page. */
  filterOf?: (args: Args) => ArgsFilter<T>;
}

export interface ConnectionLoaderFamily<T, Args extends PageArgs> {
  /** The loader for these arguments' page and filter; BAD_USER_INPUT for a bad `first` or `after`. */
  forArgs(args: Args): DataLoader<string, Connection<T>>;
}

/**
 * A nested connection whose page and filter come from its field's arguments. A connection
 * loader's page and filter are fixed, so there is one per distinct set of arguments in the
 * request, each one windowed query per batch.
 */
export function createConnectionLoaderFamily<T extends ObjectLiteral & { id: number }, Args extends PageArgs>(
  options: ConnectionLoaderFamilyOptions<T, Args>,
): ConnectionLoaderFamily<T, Args> {
  const { repository, column, order, filterOf = (): ArgsFilter<T> => ({ key: null }) } = options;
  const loaders = new Map<string, DataLoader<string, Connection<T>>>();
  return {
    forArgs(args) {
      const page = toPage(args);
      const { filter, key: filterKey } = filterOf(args);
      const key = JSON.stringify([page.limit, page.afterId, filterKey]);
      let loader = loaders.get(key);
      if (!loader) {
        loader = createConnectionLoader({ repository, column, page, order, filter });
        loaders.set(key, loader);
      }
      return loader;
    },
  };
}
