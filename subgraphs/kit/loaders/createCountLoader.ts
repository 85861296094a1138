import DataLoader from 'dataloader';
import type { ObjectLiteral, Repository, SelectQueryBuilder } from 'typeorm';

export type Filter<T extends ObjectLiteral> = (query: SelectQueryBuilder<T>) => void;

/** How many rows each key has (optionally filtered): one grouped query per batch. */
export function createCountLoader<T extends ObjectLiteral, K extends keyof T & string>(
  repository: Repository<T>,
  column: K,
  filter?: Filter<T>,
): DataLoader<T[K], number> {
  return new DataLoader<T[K], number>(async (keys) => {
    const counts = await countByKey(repository, column, [...keys], filter);
    return keys.map((key) => counts.get(String(key)) ?? 0);
  });
}

export async function countByKey<T extends ObjectLiteral>(
  repository: Repository<T>,
  column: string,
  keys: unknown[],
  filter?: Filter<T>,
): Promise<Map<string, number>> {
  const query = repository
    .createQueryBuilder('e')
    .select(`e.${column}`, 'k')
    .addSelect('COUNT(*)', 'n')
    .where(`e.${column} IN (:...keys)`, { keys })
    .groupBy(`e.${column}`);
  filter?.(query);
  const rows: { k: unknown; n: unknown }[] = await query.getRawMany();
  return new Map(rows.map((row) => [String(row.k), Number(row.n)]));
}
