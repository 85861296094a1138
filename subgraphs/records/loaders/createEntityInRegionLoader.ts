import DataLoader from 'dataloader';

/** A market entity as it stands in one region's ledger: now (`asOf` null) or just before `asOf`. */
export interface EntityInRegion {
  uscc: string;
  region: string;
  asOf: Date | null;
}

interface InRegion {
  uscc: string;
  region: string;
}

const pairOf = ({ uscc, region }: InRegion) => `${uscc}/${region}`;
const cutOffOf = ({ asOf }: EntityInRegion) => (asOf ? asOf.toISOString() : 'now');
const keyOf = (key: EntityInRegion) => `${pairOf(key)}@${cutOffOf(key)}`;

function append<T>(groups: Map<string, T[]>, key: string, value: T): void {
  const group = groups.get(key);
  if (group) group.push(value);
  else groups.set(key, [value]);
}

/**
 * A loader keyed by (uscc, region, cut-off): `fetch` runs one statement per batch and cut-off
 * for all its USCCs and regions (facts before `asOf`, or all of them when it is null); the rows
 * are then matched to their exact pair and `reduce`d.
 */
export function createEntityInRegionLoader<Row extends InRegion, V>(
  fetch: (usccs: string[], regions: string[], asOf: Date | null) => Promise<Row[]>,
  reduce: (rows: Row[]) => V,
): DataLoader<EntityInRegion, V, string> {
  return new DataLoader<EntityInRegion, V, string>(
    async (keys) => {
      const byCutOff = new Map<string, EntityInRegion[]>();
      for (const key of keys) append(byCutOff, cutOffOf(key), key);
      const groups = new Map<string, Row[]>();
      await Promise.all(
        [...byCutOff.entries()].map(async ([cutOff, batch]) => {
          const rows = await fetch([...new Set(batch.map((key) => key.uscc))], [...new Set(batch.map((key) => key.region))], batch[0].asOf);
          for (const row of rows) append(groups, `${pairOf(row)}@${cutOff}`, row);
        }),
      );
      return keys.map((key) => reduce(groups.get(keyOf(key)) ?? []));
    },
    { cacheKeyFn: keyOf },
  );
}
