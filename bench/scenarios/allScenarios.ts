import { complaintSubmission } from './complaintSubmission';
import { crossAgencyView } from './crossAgencyView';
import { directoryPage } from './directoryPage';
import { leadUnitList } from './leadUnitList';
import { ledgerGrowth, provinceLedger } from './provinceLedger';
import type { Scenario } from './scenario';

/** The scenarios of issue 6, in the order they run, against every target that applies. */
export const allScenarios: readonly Scenario[] = [directoryPage, crossAgencyView, provinceLedger(1000), complaintSubmission, leadUnitList];

/** The ledger's growth (100 / 1,000 / 5,000 entries): one client, our gateway. */
export const growthScenarios: readonly Scenario[] = [ledgerGrowth(100), ledgerGrowth(1000), ledgerGrowth(5000)];
