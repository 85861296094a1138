import { demoEntities } from '../../subgraphs/kit/demo/demoCast';
import { startTestSystem, type TestSystem } from '../support/startTestSystem';

const QUESTION = `query ($uscc: USCC!) {
  marketEntity(uscc: $uscc) {
    uscc
    institution { name }
    commitmentPublished
    recordCount
    dishonestyRecords(first: 5) { totalCount }
    complaintCount
    openRepairCaseCount
  }
  institutions(first: 1) { totalCount }
}`;

interface Answer {
  marketEntity: {
    institution: { name: string } | null;
    recordCount: number | null;
    dishonestyRecords: { totalCount: number } | null;
    complaintCount: number | null;
    openRepairCaseCount: number | null;
  } | null;
  institutions: { totalCount: number } | null;
}

describe('an agency outage on the real supergraph', () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await startTestSystem('sqlite', { demo: true });
  });

  afterAll(async () => {
    await system.close();
  });

  it('nulls only the missing agency\'s facts, says which agency is unavailable without its address, and recovers without a restart', async () => {
    const uscc = demoEntities.changshaCredit.uscc;
    await system.subgraphs.records.pause();
    const { status, body } = await system.rawQuery(QUESTION, { uscc });
    expect(status).toBe(200);
    const during: { data: Answer; errors: { message: string; extensions: { code: string } }[] } = JSON.parse(body);
    expect(during.data.marketEntity).toMatchObject({
      institution: { name: demoEntities.changshaCredit.name },
      recordCount: null,
      dishonestyRecords: null,
      openRepairCaseCount: 1,
    });
    expect(during.data.marketEntity?.complaintCount).toBeGreaterThan(0);
    expect(during.data.institutions?.totalCount).toBeGreaterThan(0);
    expect(during.errors.map((error) => error.extensions.code)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(during.errors[0].message).toContain('records');
    expect(body).not.toContain('127.0.0.1');
    expect(body).not.toContain(new URL(system.subgraphs.records.url).port);

    await system.subgraphs.records.resume();
    const after = await system.query<Answer>(QUESTION, { uscc });
    expect(after.errors).toBeUndefined();
    expect(after.data?.marketEntity?.recordCount).toBe(2);
  });
});
