import type { LedgerEntryEntity } from '../entities/LedgerEntryEntity';

/** `RiskWarningCandidate` as its resolvers receive it. */
export interface RiskWarningCandidateView {
  entry: LedgerEntryEntity;
  inLedgerSince: Date;
  dueOn: string;
}
