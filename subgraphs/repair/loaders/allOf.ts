import type { ObjectLiteral } from 'typeorm';
import type { Filter } from '../../kit/loaders/createCountLoader';

/** The rows every one of `filters` keeps; undefined (no filter) when none is given. */
export function allOf<T extends ObjectLiteral>(...filters: (Filter<T> | undefined)[]): Filter<T> | undefined {
  const given = filters.filter((filter): filter is Filter<T> => filter !== undefined);
  if (!given.length) return undefined;
  return (query) => {
    for (const filter of given) filter(query);
  };
}
