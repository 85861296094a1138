import { SUBGRAPH_NAMES, type SubgraphName } from '../../scripts/composeSupergraph';
import { startTestSystem, type TestSystem } from '../support/startTestSystem';
import { testDrivers } from '../support/testStorage';
import { uscc } from '../support/uscc';

const ENTITIES = 200;
const REGION = '430100';
const BATCH = 25;

const QUESTION = `query ($region: RegionCode!, $first: Int!) {
  governanceLedger(region: $region, first: $first) {
    nodes {
      subject {
        uscc
        institution { name }
        recordCount
        dishonestyRecords(first: 5) { nodes { id kind repair { status } } }
        repairCases(first: 5) { nodes { status decisionDueAt recordKind documents { kind reference } confirmationRequests { answerDueAt } } }
        openRepairCaseCount
        complaintCount
      }
    }
  }
}`;

interface Answer {
  governanceLedger: {
    nodes: { subject: { dishonestyRecords: { nodes: { repair: { status: string } | null }[] }; repairCases: { nodes: unknown[] }; complaintCount: number } }[];
  };
}

const entityCode = (i: number) => uscc(`914301${String(i).padStart(2, '0').slice(-2)}MA4L${String(i).padStart(5, '0')}`);

/** Runs `make(i)` as aliased mutations, BATCH to a request; returns each alias's result. */
async function inBatches<T>(system: TestSystem, count: number, make: (i: number) => string): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < count; start += BATCH) {
    const indexes = Array.from({ length: Math.min(BATCH, count - start) }, (_, k) => start + k);
    const response = await system.query<Record<string, T>>(`mutation { ${indexes.map((i) => `m${i}: ${make(i)}`).join('\n')} }`);
    expect(response.errors).toBeUndefined();
    results.push(...indexes.map((i) => response.data![`m${i}`]));
  }
  return results;
}

describe.each(testDrivers())('SQL statements per request on %s', (driver) => {
  let system: TestSystem;

  beforeAll(async () => {
    // During the 2021 campaign, while the penalties below are still published (repairable).
    system = await startTestSystem(driver, { now: () => new Date('2021-06-01T10:00:00+08:00') });
    const record = (i: number, kind: string, n: number) =>
      `recordDishonesty(input: { subjectUscc: "${entityCode(i)}", subjectName: "测试机构${i}", region: "${REGION}", kind: ${kind}, authority: "长沙市市场监督管理局", documentNumber: "长市监罚〔2021〕${i * 10 + n}号", decidedAt: "2021-03-01", summary: "测试" }) { id }`;
    const penalties = await inBatches<{ id: string }>(system, ENTITIES, (i) => record(i, 'ADMINISTRATIVE_PENALTY', 1));
    await inBatches(system, ENTITIES, (i) => record(i, 'SERIOUS_DISHONESTY_LIST', 2));
    await inBatches(system, ENTITIES, (i) =>
      `applyForRepair(input: { recordId: "${penalties[i].id}", statement: "已纠正并履行义务", documents: [{ kind: COMMITMENT_LETTER, reference: "承诺${i}" }, { kind: PROOF_OF_CORRECTION, reference: "缴款${i}" }] }) { id }`,
    );
    await inBatches(system, ENTITIES, (i) =>
      `submitComplaint(idempotencyKey: "count-test-${i}", input: { category: FALSE_DISCLOSURE, region: "${REGION}", subjectUscc: "${entityCode(i)}", subjectName: "测试机构${i}", content: "公示收费标准与实际不符", complainant: { name: "投诉人${i}" } }) { trackingNumber }`,
    );
  }, 180_000);

  afterAll(async () => {
    await system.close();
  });

  async function statementsFor(first: number): Promise<Record<SubgraphName, number>> {
    for (const name of SUBGRAPH_NAMES) system.statements[name].reset();
    const result = await system.query<Answer>(QUESTION, { region: REGION, first });
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.governanceLedger.nodes;
    expect(nodes).toHaveLength(first);
    for (const { subject } of nodes) {
      expect(subject.dishonestyRecords.nodes).toHaveLength(2);
      expect(subject.dishonestyRecords.nodes.filter((r) => r.repair?.status === 'APPLIED')).toHaveLength(1);
      expect(subject.repairCases.nodes).toHaveLength(1);
      expect(subject.complaintCount).toBe(1);
    }
    return Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, system.statements[name].count])) as Record<SubgraphName, number>;
  }

  it('costs the same number of statements per subgraph for 10 entities as for 200 (no N+1)', async () => {
    const ten = await statementsFor(10);
    const twoHundred = await statementsFor(ENTITIES);
    console.log(`statements per subgraph (${driver}): 10 entities ${JSON.stringify(ten)}; 200 entities ${JSON.stringify(twoHundred)}`);
    expect(twoHundred).toEqual(ten);
    for (const name of SUBGRAPH_NAMES) expect(ten[name]).toBeGreaterThan(0);
  });
});
