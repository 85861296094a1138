import { startTestSystem, type TestSystem } from '../support/startTestSystem';
import { testDrivers } from '../support/testStorage';
import { uscc } from '../support/uscc';
import { ledgerDriver, shanghai, users } from './ledger/ledgerFixture';

const SUBJECT = uscc('91430102MA4LB0078');

interface PastEntry {
  subject: { uscc: string };
  recordCount: number;
  interviews: { units: string[] }[];
  measures: { interviewUnits: string[]; recordsToRepair: number; recordsRepaired: number };
  exitCheck: { criteria: { code: string; record: { id: string } | null }[] };
}

/** The ledger of a past month shows the records' own facts of that month in every field, measures and exit check too (review of issue 5, finding 3). */
describe.each(testDrivers())('a past month of the ledger, through the gateway, on %s', (driver) => {
  let system: TestSystem;
  let ledger: ReturnType<typeof ledgerDriver>;
  let clock = shanghai('2021-06-15T10:00:00');
  beforeAll(async () => {
    system = await startTestSystem(driver, { now: () => clock });
    ledger = ledgerDriver(system);
  });
  afterAll(async () => { await system.close(); });

  it('reads measures and exitCheck as of the month’s end, as recordCount and interviews', async () => {
    const june = await ledger.record({ uscc: SUBJECT, kind: 'ADMINISTRATIVE_PENALTY', decidedAt: '2021-06-01' });
    clock = shanghai('2021-07-20T10:00:00');
    await ledger.interview(SUBJECT, ['芙蓉区发改局'], '2021-07-10');
    await ledger.record({ uscc: SUBJECT, kind: 'ADMINISTRATIVE_PENALTY', decidedAt: '2021-07-01' });
    const read = async (period: string) => {
      const data = await ledger.ok<{ governanceLedger: { nodes: PastEntry[] } }>(users.furong, `query ($period: String) { governanceLedger(region: "430102", period: $period, first: 10) { nodes {
        subject { uscc } recordCount interviews { units } measures { interviewUnits recordsToRepair recordsRepaired } exitCheck { criteria { code record { id } } } } } }`, { period });
      const entry = data.governanceLedger.nodes.find((node) => node.subject.uscc === SUBJECT);
      if (!entry) throw new Error(`no entry in ${period}`);
      return entry;
    };
    const inJune = await read('2021-06');
    expect(inJune).toMatchObject({ recordCount: 1, interviews: [], measures: { interviewUnits: [], recordsToRepair: 1, recordsRepaired: 0 } });
    expect(inJune.exitCheck.criteria.map(({ code, record }) => [code, record?.id ?? null])).toEqual([['PENALTY_REPAIRED', june], ['NOT_EXCLUDED', null]]);
    const inJuly = await read('2021-07');
    expect(inJuly).toMatchObject({ recordCount: 2, measures: { interviewUnits: ['芙蓉区发改局'], recordsToRepair: 2 } });
  });
});
