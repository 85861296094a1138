import { complaintSubmission } from './complaintSubmission';
import { crossAgencyView } from './crossAgencyView';
import { directoryPage } from './directoryPage';
import { leadUnitList } from './leadUnitList';
import { provinceLedger } from './provinceLedger';
import type { Scenario } from './scenario';

/** The scenarios of issue 6, in the order they run, against every target that applies. */
export const allScenarios: readonly Scenario[] = [directoryPage, crossAgencyView, provinceLedger(1000), complaintSubmission, leadUnitList];

/** The ledger's growth (100 / 1,000 / 5,000 entries), against our gateway; 1,000 is also a scenario above. */
export const growthScenarios: readonly Scenario[] = [provinceLedger(100, ['ours']), provinceLedger(5000, ['ours'])];
