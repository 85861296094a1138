import DataLoader from 'dataloader';
import { In, type FindOptionsOrder, type FindOptionsWhere, type ObjectLiteral, type Repository } from 'typeorm';

/**
 * Every row whose `column` is the key (all records of an entity, all events of a complaint):
 * one `IN` query per batch, each key's rows in `order`.
 */
export function createGroupLoader<T extends ObjectLiteral, K extends keyof T & string>(
  repository: Repository<T>,
  column: K,
  order: FindOptionsOrder<T>,
): DataLoader<T[K], T[]> {
  return new DataLoader<T[K], T[]>(async (keys) => {
    const where = { [column]: In([...keys]) } as FindOptionsWhere<T>;
    const rows = await repository.find({ where, order });
    const groups = new Map<string, T[]>();
    for (const row of rows) {
      const key = String(row[column]);
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    return keys.map((key) => groups.get(String(key)) ?? []);
  });
}
