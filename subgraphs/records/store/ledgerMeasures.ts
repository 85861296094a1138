import type { ExitCriterionView } from '../ledger/exitCriteria';
import type { HubFacts } from '../ledger/hubFacts';
import type { InterviewEntity } from '../entities/InterviewEntity';
import type { LedgerEntryView } from './LedgerEntryView';

/** LedgerMeasures as its resolvers receive it: the measures computed, with the entry they belong to. */
export interface LedgerMeasuresView {
  entry: LedgerEntryView;
  interviewUnits: string[];
  correctedAndFulfilled: boolean;
  commitmentCollected: boolean | null;
  recordsRepaired: number;
  recordsToRepair: number;
}

/**
 * The five measures of Annex 1 from the entry's interviews, its exit criteria and the hub facts:
 * 约谈 the units (in the order first met, newest interview first), 纠正行为履行义务 every criterion
 * (a) met, 信用承诺 for a registered institution, 信用修复 met of those that count (a record revoked
 * or refuted needs no repair).
 */
export function ledgerMeasures(entry: LedgerEntryView, interviews: readonly InterviewEntity[], criteria: readonly ExitCriterionView[], facts: HubFacts | undefined): LedgerMeasuresView {
  const toRepair = criteria.filter(({ record }) => record !== null && record.status !== 'REVOKED' && record.status !== 'REFUTED');
  const recordLevel = criteria.filter(({ record }) => record !== null);
  return {
    entry,
    interviewUnits: [...new Set(interviews.flatMap((interview) => interview.units))],
    correctedAndFulfilled: recordLevel.every(({ met }) => met),
    commitmentCollected: facts?.businessStatus ? facts.commitmentPublished === true : null,
    recordsRepaired: toRepair.filter(({ met }) => met).length,
    recordsToRepair: toRepair.length,
  };
}
