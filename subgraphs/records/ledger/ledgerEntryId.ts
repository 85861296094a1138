import type { LedgerEntryView } from '../store/LedgerEntryView';

/** What a LedgerEntry id names: an entry now (`12`) or as it stood at the end of a month (`12@2021-06`). */
export interface LedgerEntryId {
  rowId: number;
  period: string | null;
}

const ID = /^([1-9]\d{0,9})(?:@(\d{4}-\d{2}))?$/;
const MAX_ROW_ID = 2_147_483_647;

/** Null when the id cannot name an entry (a bad month is refused later, with the month's own rule). */
export function parseLedgerEntryId(id: string): LedgerEntryId | null {
  const match = ID.exec(id);
  if (!match) return null;
  const rowId = Number(match[1]);
  return rowId <= MAX_ROW_ID ? { rowId, period: match[2] ?? null } : null;
}

/**
 * The id an entry is exposed with: a past month's view carries its month, so that the gateway,
 * coming back for the fields that @require other agencies' facts, gets the same view.
 */
export const exposedLedgerEntryId = ({ id, period }: LedgerEntryView) => (period ? `${id}@${period}` : String(id));
