import type DataLoader from 'dataloader';

const NUMERIC_ID = /^[1-9]\d{0,14}$/;

/** Loads by a GraphQL ID; an ID that is not one of ours is simply unknown (null). */
export function loadById<T>(loader: DataLoader<number, T | null>, id: string | number): Promise<T | null> {
  const text = String(id);
  return NUMERIC_ID.test(text) ? loader.load(Number(text)) : Promise.resolve(null);
}
