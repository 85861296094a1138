import type { RowSource } from './fetchLedgerSnapshot';

/** Placeholder until the kit's Annex 1 row (subgraphs/kit/ledger) is merged. */
export const annex1RowSource: RowSource<Record<string, unknown>> = {
  selection: 'subjectName status recordCount',
  toRow: (entry) => {
    if (typeof entry !== 'object' || entry === null) throw new Error('not an entry');
    return { subjectName: Reflect.get(entry, 'subjectName'), status: Reflect.get(entry, 'status'), recordCount: Reflect.get(entry, 'recordCount') };
  },
};
