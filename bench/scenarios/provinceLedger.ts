import type { DemoUser } from '../../subgraphs/kit/demo/demoUsers';
import type { LedgerSize } from '../seed/seedBenchData';
import { pageInfoOf } from './pageInfoOf';
import type { OperationBody, Scenario, ScenarioContext } from './scenario';

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

const leadUnitOf = (region: string): DemoUser => ({ role: 'LEAD_UNIT', subject: `bench-lead-${region}`, region });

/**
 * (c) A province's whole ledger with its measures and exit criteria (facts of all four agencies),
 * as the province's lead unit reads it: pages of 200, walked in order by each connection; the
 * cursors are fetched once, before the runs. A page takes long (hundreds of entries, each judged
 * on four agencies' facts), so a run lasts a number of walks rather than seconds.
 */
export function provinceLedger(size: LedgerSize): Scenario {
  return {
    name: `ledger-${size}`,
    title: `A province's ledger of ${size.toLocaleString('en')} entries with measures and exit criteria (lead unit)`,
    caller: (data) => leadUnitOf(data.ledgerRegions[size]),
    sequence: 'whole ledger',
    walks: { connections: 4, perConnection: 2 },
    bodies: (context) => ledgerPages(size, context),
  };
}

/** The ledger's growth: one lead unit walking the whole ledger alone, three times, against our gateway. */
export function ledgerGrowth(size: LedgerSize): Scenario {
  return {
    ...provinceLedger(size),
    name: `growth-${size}`,
    title: `Growth: the ledger of ${size.toLocaleString('en')} entries, walked by one client`,
    targets: ['ours'],
    walks: { connections: 1, perConnection: 3 },
  };
}

async function ledgerPages(size: LedgerSize, { data, ask }: ScenarioContext): Promise<OperationBody[]> {
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
}
