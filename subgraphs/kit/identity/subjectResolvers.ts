import { maskName } from '../crypto/mask';
import { maskIdentifier } from '../crypto/maskIdentifier';

/** A row that names its subject (a record, a complaint, a clue). */
export interface NamesSubject {
  subjectName: string;
  subjectIdentifiers: string[];
}

/** The resolvers of `subjectName` and `subjectIdentifiers`: in clear where `inClear` says so, masked otherwise. */
export function subjectResolvers<Row extends NamesSubject, Context>(inClear: (row: Row, context: Context) => Promise<boolean>) {
  return {
    subjectName: async (row: Row, _args: unknown, context: Context) => ((await inClear(row, context)) ? row.subjectName : maskName(row.subjectName)),
    subjectIdentifiers: async (row: Row, _args: unknown, context: Context) =>
      (await inClear(row, context)) ? row.subjectIdentifiers : row.subjectIdentifiers.map(maskIdentifier),
  };
}
