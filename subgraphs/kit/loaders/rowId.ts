import type DataLoader from 'dataloader';
import { badUserInput } from '../errors';

/** The largest id an `integer` column holds on both drivers (MySQL INT). */
const MAX_ROW_ID = 2_147_483_647;

/** The row id an exposed `ID` names, or null when it cannot name a row of ours (not a positive integer). */
export function toRowId(id: string): number | null {
  if (!/^[1-9]\d{0,9}$/.test(id)) return null;
  const value = Number(id);
  return value <= MAX_ROW_ID ? value : null;
}

/** A row id from an argument or input field; BAD_USER_INPUT naming `field` otherwise. */
export function parseRowId(field: string, id: string): number {
  const value = toRowId(id);
  if (value === null) throw badUserInput(field, 'must be the id of an existing row (a positive integer)');
  return value;
}

/** Loads the row an exposed `ID` names; an ID that cannot name a row is unknown (null), without a query. */
export function loadByExposedId<T>(loader: DataLoader<number, T | null>, id: string): Promise<T | null> {
  const rowId = toRowId(id);
  return rowId === null ? Promise.resolve(null) : loader.load(rowId);
}
