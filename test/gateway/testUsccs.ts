import { validUscc } from './validUscc';

/** Market entities the test subgraphs treat specially. */
export const testUsccs = {
  registered: validUscc('91430100MA4L00010'),
  /** `records` refuses to show this one's records (FORBIDDEN). */
  forbidden: validUscc('91430100MA4L00020'),
  /** `complaints` answers for this one only when the test subgraphs close. */
  slow: validUscc('91430100MA4L00030'),
  /** `records` fails on this one with an internal error whose message names a database address. */
  broken: validUscc('91430100MA4L00040'),
};
