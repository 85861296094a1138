import type { DemoUser } from '../../subgraphs/kit/demo/demoUsers';
import { pageInfoOf } from './pageInfoOf';
import type { OperationBody, Scenario } from './scenario';

/** The largest page the API serves (subgraphs/kit/pagination). */
const PAGE = 200;

const LEDGER = `query Ledger($region: RegionCode!, $first: Int, $after: String) {
  governanceLedger(region: $region, first: $first, after: $after) {
    totalCount
    pageInfo { endCursor hasNextPage }
    nodes {
      id region status exclusionReason exitKind recordCount targets addedAt
      subject { uscc }
      measures { interviewUnits correctedAndFulfilled commitmentCollected recordsRepaired recordsToRepair }
      exitCheck { allowed criteria { code met description record { id kind } } }
    }
  }
}`;

export type LedgerSize = 100 | 1000 | 5000;

const leadUnitOf = (region: string): DemoUser => ({ role: 'LEAD_UNIT', subject: `bench-lead-${region}`, region });

/**
 * (c) A province's whole ledger with its measures and exit criteria (facts of all four agencies),
 * as the province's lead unit reads it: pages of 200, walked in order by each connection. The
 * cursors are fetched once, before the runs. `targets` narrows growth runs (100 / 5,000 entries).
 */
export function provinceLedger(size: LedgerSize, targets?: Scenario['targets']): Scenario {
  return {
    name: `ledger-${size}`,
    title: `A province's ledger of ${size.toLocaleString('en')} entries with measures and exit criteria (lead unit)`,
    caller: (data) => leadUnitOf(data.ledgerRegions[size]),
    targets,
    sequence: 'whole ledger',
    bodies: async ({ data, ask }) => {
      const region = data.ledgerRegions[size];
      const bodies: OperationBody[] = [];
      let after: string | null = null;
      for (;;) {
        const body: OperationBody = { query: LEDGER, variables: { region, first: PAGE, after } };
        bodies.push(body);
        const { endCursor, hasNextPage } = pageInfoOf(await ask(body), 'governanceLedger');
        if (!hasNextPage) return bodies;
        after = endCursor;
      }
    },
  };
}
