import { demoUsers } from '../../subgraphs/kit/demo/demoUsers';
import type { Scenario } from './scenario';

const ENTITY = `query Entity($uscc: USCC!) {
  marketEntity(uscc: $uscc) {
    uscc
    institution {
      name region businessStatus
      disclosure { version products { name feeStandards { item priceYuan unit } } }
      commitment { published current legalRepresentative }
    }
    commitmentPublished
    dishonestyRecords(first: 20) {
      totalCount
      nodes { id kind severity status documentNumber repair { status decisionDueAt confirmationRequests { authority caseNumber kind status } } }
    }
    ledgerEntries { id region status }
    complaintCount
    complaints(first: 20) { totalCount nodes { trackingNumber category status } }
    allCluesSentOn
    repairCases(first: 20) { totalCount nodes { id status } }
  }
}`;

const ENTITIES_USED = 10;

/** (b) One entity's view across the four agencies, as the national regulator sees it. */
export const crossAgencyView: Scenario = {
  name: 'cross-agency',
  title: "One entity's cross-agency view (4 subgraphs, national regulator)",
  caller: () => demoUsers.national,
  bodies: async ({ data }) => data.crossAgencyUsccs.slice(0, ENTITIES_USED).map((uscc) => ({ query: ENTITY, variables: { uscc } })),
};
