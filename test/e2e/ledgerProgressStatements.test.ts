import { startTestSystem, type TestSystem } from '../support/startTestSystem';
import { testDrivers } from '../support/testStorage';
import { uscc } from '../support/uscc';

const PROGRESS = `query ($region: RegionCode!) { ledgerProgress(region: $region) {
  denominator exitRate targets { met }
  holdingBack(first: 1000) { id status subject { uscc } keySupervisionHistory { grade } riskWarnings { id } measures { keySupervision { grade } } }
  subregions { denominator holdingBack { id } }
} }`;
const CANDIDATES = `query ($region: RegionCode!) { riskWarningCandidates(region: $region) { dueOn warnings { id } entry { id status } } }`;
const BATCH = 25;

/** `count` entities with a penalty each in `region` (a county of its own city), `prefix` telling the sets apart. */
async function fill(system: TestSystem, region: string, prefix: string, count: number) {
  for (let start = 0; start < count; start += BATCH) {
    const indexes = Array.from({ length: Math.min(BATCH, count - start) }, (_, k) => start + k);
    const mutations = indexes.map((i) => `m${i}: recordDishonesty(input: { subjectUscc: "${uscc(`${prefix}${String(i).padStart(5, '0')}`)}", subjectName: "测试机构${i}", region: "${region}",
      kind: ADMINISTRATIVE_PENALTY, authority: "市场监督管理局", documentNumber: "${prefix}罚〔2021〕${i}号", decidedAt: "2021-03-01", summary: "测试" }) { id }`);
    const answer = await system.query(`mutation { ${mutations.join('\n')} }`);
    expect(answer.errors).toBeUndefined();
  }
}

describe.each(testDrivers())('statements of progress and risk-warning candidates on %s', (driver) => {
  let system: TestSystem;
  let clock = new Date('2021-03-10T10:00:00+08:00');

  beforeAll(async () => {
    system = await startTestSystem(driver, { now: () => clock });
    await fill(system, '460105', '91460105MA5T', 5);
    await fill(system, '520102', '91520102MA6U', 100);
    // Past the 3 months: every entry is due a risk warning.
    clock = new Date('2021-07-10T10:00:00+08:00');
  }, 240_000);
  afterAll(() => system?.close());

  const statements = async (query: string, region: string) => {
    for (const counter of Object.values(system.statements)) counter.reset();
    const answer = await system.query<Record<string, unknown>>(query, { region });
    expect(answer.errors).toBeUndefined();
    return Object.fromEntries(Object.entries(system.statements).map(([name, counter]) => [name, counter.count]));
  };

  it('does not grow with the number of entries (5 against 100)', async () => {
    expect(await statements(PROGRESS, '520000')).toEqual(await statements(PROGRESS, '460000'));
    expect(await statements(CANDIDATES, '520000')).toEqual(await statements(CANDIDATES, '460000'));
    const candidates = await system.query<{ riskWarningCandidates: unknown[] }>(CANDIDATES, { region: '520000' });
    expect(candidates.data?.riskWarningCandidates).toHaveLength(100);
  }, 60_000);
});
