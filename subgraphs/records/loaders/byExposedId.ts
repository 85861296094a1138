import type DataLoader from 'dataloader';

const EXPOSED_ID = /^[1-9]\d{0,14}$/;

/**
 * Ids are exposed as strings: a string that is no id of ours (`abc`, `-1`) is simply not found,
 * without a query.
 */
export function byExposedId<T>(loader: DataLoader<number, T | null>) {
  return {
    load: (id: string): Promise<T | null> => (EXPOSED_ID.test(id) ? loader.load(Number(id)) : Promise.resolve(null)),
  };
}
