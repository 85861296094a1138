import type { LedgerMeasuresResolvers } from '../generated/resolversTypes';

export const LedgerMeasures: LedgerMeasuresResolvers = {
  // 重点监管 is placed by placeUnderKeySupervision (the key-supervision workflow); none until then.
  keySupervision: () => null,
};
