import { demoDay, demoEntities, demoRecordIds } from '../../subgraphs/kit/demo/demoCast';
import { RepairCaseEntity } from '../../subgraphs/repair/entities/RepairCaseEntity';
import { startTestSystem, type TestSystem } from '../support/startTestSystem';
import { testDrivers } from '../support/testStorage';

const APPLY = `mutation ($input: ApplyForRepairInput!) {
  applyForRepair(input: $input) { id status region recordKind subject { uscc } record { id region subject { uscc } } }
}`;

interface Applied {
  applyForRepair: { id: string; status: string; region: string; recordKind: string; subject: { uscc: string }; record: { id: string; region: string; subject: { uscc: string } } } | null;
}

const STATEMENT = '已履行全部义务，申请信用修复。';
const DOCUMENTS = [
  { kind: 'COMMITMENT_LETTER', reference: '承诺〔2021〕9号' },
  { kind: 'PROOF_OF_CORRECTION', reference: '缴款书 2021000999', title: '罚款缴纳凭证' },
];

describe.each(testDrivers())('applying for repair through the gateway on %s: the record is read from records', (driver) => {
  let system: TestSystem;

  beforeAll(async () => {
    // The demo's clock: mid-2021, while its penalties are still published (repairable).
    system = await startTestSystem(driver, { demo: true, now: () => demoDay('2021-06-30') });
  });

  afterAll(async () => {
    await system.close();
  });

  const caseCount = () => system.subgraphs.repair.dataSource.getRepository(RepairCaseEntity).count();
  const apply = (input: Record<string, unknown>) => system.query<Applied>(APPLY, { input: { statement: STATEMENT, documents: DOCUMENTS, ...input } });

  it('refuses a record id records does not know (NOT_FOUND) and stores nothing', async () => {
    const before = await caseCount();
    const result = await apply({ recordId: '99999' });
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
    expect(result.errors?.[0].message).toContain('99999');
    expect(result.data?.applyForRepair).toBeNull();
    expect(await caseCount()).toBe(before);
  });

  it("stores a demo record's case with the record's own subject, handling region and kind", async () => {
    const { shanghaiBankrupt } = demoEntities;
    const result = await apply({ recordId: String(demoRecordIds.shanghaiPenalty) });
    expect(result.errors).toBeUndefined();
    const applied = result.data?.applyForRepair;
    expect(applied).toMatchObject({ status: 'APPLIED', region: shanghaiBankrupt.region, recordKind: 'ADMINISTRATIVE_PENALTY', subject: { uscc: shanghaiBankrupt.uscc } });
    expect(applied?.record).toEqual({ id: String(demoRecordIds.shanghaiPenalty), region: applied?.region, subject: applied?.subject });
    // Rejected again, so that the record is free for the outage test below.
    const rejected = await system.query('mutation ($id: ID!) { decideRepair(repairCaseId: $id, approve: false, note: "测试后驳回") { status } }', { id: applied?.id });
    expect(rejected).toEqual({ data: { decideRepair: { status: 'REJECTED' } } });
  });

  it("refuses a client that still names the subject and region (a Beijing firm's record with a Hunan firm's USCC)", async () => {
    const before = await caseCount();
    const result = await apply({
      recordId: String(demoRecordIds.beijingFalseDisclosure),
      subjectUscc: demoEntities.changshaCredit.uscc,
      region: demoEntities.changshaCredit.region,
    });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.data ?? null).toBeNull();
    expect(await caseCount()).toBe(before);
  });

  it.each([
    ['an expired record', demoRecordIds.beijingExpiredPenalty],
    ['an impersonation clue', demoRecordIds.shenzhenClue],
    ['a revoked record', demoRecordIds.beijingRevokedBreach],
    ['a refuted clue', demoRecordIds.shenzhenRefutedClue],
    ['a clue that names no USCC', demoRecordIds.anonymousClue],
  ])('refuses %s (CONFLICT) and stores nothing', async (_case, recordId) => {
    const before = await caseCount();
    const result = await apply({ recordId: String(recordId) });
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['CONFLICT']);
    expect(await caseCount()).toBe(before);
  });

  it('is SERVICE_UNAVAILABLE naming records while records is down, stores nothing, and works once it is back', async () => {
    const { shanghaiBankrupt } = demoEntities;
    const recordId = String(demoRecordIds.shanghaiPenalty);
    const before = await caseCount();
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    await system.subgraphs.records.pause();
    try {
      const { body } = await system.rawQuery(APPLY, { input: { recordId, statement: STATEMENT } });
      const during: { data: Applied | null; errors: { message: string; extensions: { code: string } }[] } = JSON.parse(body);
      expect(during.errors.map((error) => error.extensions.code)).toContain('SERVICE_UNAVAILABLE');
      expect(during.errors[0].message).toContain('records');
      expect(during.data?.applyForRepair ?? null).toBeNull();
      expect(body).not.toContain('127.0.0.1');
      expect(await caseCount()).toBe(before);
    } finally {
      await system.subgraphs.records.resume();
      warn.mockRestore();
    }
    const after = await apply({ recordId });
    expect(after.errors).toBeUndefined();
    expect(after.data?.applyForRepair).toMatchObject({ status: 'APPLIED', region: shanghaiBankrupt.region, subject: { uscc: shanghaiBankrupt.uscc } });
  });
});
