import DataLoader from 'dataloader';

/** A market entity as it stands in one region's ledger. */
export interface EntityInRegion {
  uscc: string;
  region: string;
}

const keyOf = ({ uscc, region }: EntityInRegion) => `${uscc}/${region}`;

/**
 * A loader keyed by (uscc, region): `fetch` runs one statement per batch for all its USCCs and
 * regions; the rows are then matched to their exact pair and `reduce`d.
 */
export function createEntityInRegionLoader<Row extends EntityInRegion, V>(
  fetch: (usccs: string[], regions: string[]) => Promise<Row[]>,
  reduce: (rows: Row[]) => V,
): DataLoader<EntityInRegion, V, string> {
  return new DataLoader<EntityInRegion, V, string>(
    async (keys) => {
      const rows = await fetch([...new Set(keys.map((key) => key.uscc))], [...new Set(keys.map((key) => key.region))]);
      const groups = new Map<string, Row[]>();
      for (const row of rows) {
        const group = groups.get(keyOf(row));
        if (group) group.push(row);
        else groups.set(keyOf(row), [row]);
      }
      return keys.map((key) => reduce(groups.get(keyOf(key)) ?? []));
    },
    { cacheKeyFn: keyOf },
  );
}
