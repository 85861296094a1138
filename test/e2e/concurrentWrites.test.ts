import { startTestSystem, type TestSystem } from '../support/startTestSystem';
import { testDrivers } from '../support/testStorage';
import { uscc } from '../support/uscc';

const WRITERS = 40;
const entity = (i: number) => uscc(`91430102MA4C${String(i).padStart(5, '0')}`);

const record = (i: number, n: number) => `mutation {
  recordDishonesty(input: { subjectUscc: "${entity(i)}", subjectName: "并发测试${i}", region: "430102", kind: ADMINISTRATIVE_PENALTY,
    authority: "长沙市芙蓉区市场监督管理局", documentNumber: "芙市监罚〔2021〕${i}-${n}号", decidedAt: "2021-05-10", summary: "并发写入" }) { id }
}`;

describe.each(testDrivers())('concurrent writes through the gateway on %s', (driver) => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await startTestSystem(driver);
  });

  afterAll(async () => {
    await system.close();
  });

  it('stores every acknowledged write, and gives each entity one ledger entry however its records race', async () => {
    // Two records per entity, all sent at once: SQLite serializes the transactions, MySQL runs them side by side.
    const responses = await Promise.all(
      Array.from({ length: WRITERS }, (_, i) => [system.query(record(i, 1)), system.query(record(i, 2))]).flat(),
    );
    expect(responses.filter((response) => response.errors)).toEqual([]);
    const ids = new Set(responses.map((response) => JSON.stringify(response.data)));
    expect(ids.size).toBe(WRITERS * 2);

    const stored = await system.query<{ dishonestyRecords: { totalCount: number }; governanceLedger: { totalCount: number } }>(
      '{ dishonestyRecords(filter: { region: "430102" }) { totalCount } governanceLedger(region: "430102") { totalCount } }',
    );
    expect(stored.data).toEqual({ dishonestyRecords: { totalCount: WRITERS * 2 }, governanceLedger: { totalCount: WRITERS } });
  });

  it('stores concurrent retries of one complaint once, with one receipt', async () => {
    const submit = `mutation { submitComplaint(idempotencyKey: "concurrent-retry-1", input: { category: OTHER, region: "430102",
      subjectName: "某机构", content: "收费与公示不符", complainant: { name: "李四" } }) { trackingNumber token } }`;
    const responses = await Promise.all(Array.from({ length: 10 }, () => system.query<{ submitComplaint: { trackingNumber: string; token: string } }>(submit)));
    expect(responses.filter((response) => response.errors)).toEqual([]);
    expect(new Set(responses.map((response) => JSON.stringify(response.data?.submitComplaint))).size).toBe(1);
    const stored = await system.query<{ complaints: { totalCount: number } }>('{ complaints { totalCount } }');
    expect(stored.data?.complaints.totalCount).toBe(1);
  });
});
