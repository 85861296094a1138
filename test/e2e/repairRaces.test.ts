import { EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { Identity } from '../../subgraphs/kit/identity/identity';
import { ConfirmationRequestEntity } from '../../subgraphs/repair/entities/ConfirmationRequestEntity';
import { RepairCaseEntity } from '../../subgraphs/repair/entities/RepairCaseEntity';
import { startTestSystem, type TestSystem } from '../support/startTestSystem';
import { testDrivers } from '../support/testStorage';
import { uscc } from '../support/uscc';

/**
 * A request for confirmation and a decision on the same case at the same moment (review of issue
 * 4, finding 4): the request, having read the case open, must not undo an approval made meanwhile,
 * and a rejection must withdraw a request made just before it. The decision is started from inside
 * the request's transaction, just before it moves the case, and given time to run.
 */
type Caller = Omit<Identity, 'clientAddress'>;
type Result = { errors?: { message: string; extensions?: Record<string, unknown> }[] };
const NATIONAL: Caller = { role: 'NATIONAL_REGULATOR', subject: 'ndrc-race' };
const FURONG: Caller = { role: 'LEAD_UNIT', subject: 'furong-lead-race', region: '430102' };
const FURONG2: Caller = { role: 'LEAD_UNIT', subject: 'furong-lead-race-2', region: '430102' };
const codes = (result: Result) => result.errors?.map((error) => error.extensions?.code);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(testDrivers())('repair: requestConfirmation racing decideRepair on %s', (driver) => {
  let system: TestSystem;
  let records = 0;

  beforeAll(async () => {
    system = await startTestSystem(driver, { now: () => new Date('2026-09-29T10:00:00+08:00') });
  }, 120_000);

  afterAll(async () => {
    await system.close();
  });

  /** A fresh ACTIVE penalty and an application to repair it, with the documents it needs. */
  const openCase = async () => {
    records += 1;
    const recorded = await system.query<{ recordDishonesty: { id: string } }>('mutation ($input: RecordDishonestyInput!) { recordDishonesty(input: $input) { id } }', { input: {
      subjectUscc: uscc(`91430102MA4L${driver === 'sqlite' ? '1' : '2'}W${String(records).padStart(3, '0')}`), subjectName: '湖南测试', region: '430102', kind: 'ADMINISTRATIVE_PENALTY',
      authority: '芙蓉区市场监督管理局', documentNumber: `芙市监罚〔2026〕${records}号`, decidedAt: '2026-01-05', summary: '测试' } }, { as: NATIONAL });
    expect(recorded.errors).toBeUndefined();
    const applied = await system.query<{ applyForRepair: { id: string } }>('mutation ($input: ApplyForRepairInput!) { applyForRepair(input: $input) { id } }', { input: {
      recordId: recorded.data?.recordDishonesty.id, statement: '已整改。',
      documents: [{ kind: 'COMMITMENT_LETTER', reference: '承诺书' }, { kind: 'PROOF_OF_CORRECTION', reference: '缴款书' }] } }, { as: FURONG });
    expect(applied.errors).toBeUndefined();
    return applied.data?.applyForRepair.id ?? '';
  };

  /** Runs requestConfirmation; when it is about to move the case, starts `decide` and gives it up to 1.5 s (it may wait on the case's lock). */
  const requestWhile = async (caseId: string, decide: () => Promise<Result>) => {
    const original = EntityManager.prototype.update;
    let decision: Promise<Result> | null = null;
    const spy = jest.spyOn(EntityManager.prototype, 'update').mockImplementation(async function (this: EntityManager, target: EntityTarget<ObjectLiteral>, criteria, partial) {
      if (decision === null && target === RepairCaseEntity && typeof partial === 'object' && partial !== null && 'status' in partial && partial.status === 'AWAITING_CONFIRMATION') {
        decision = decide();
        await Promise.race([decision, sleep(1500)]);
      }
      return original.call(this, target, criteria, partial);
    });
    try {
      const request = await system.query('mutation ($input: RequestConfirmationInput!) { requestConfirmation(input: $input) { id } }', { input: {
        repairCaseId: caseId, authority: '芙蓉区市场监督管理局', authorityKind: 'LISTING_AUTHORITY', kind: 'OBLIGATIONS_FULFILLED' } }, { as: FURONG });
      expect(decision).not.toBeNull();
      return { request, decision: await (decision ?? Promise.reject(new Error('no decision started'))) };
    } finally {
      spy.mockRestore();
    }
  };
  const stored = (caseId: string) => system.subgraphs.repair.dataSource.getRepository(RepairCaseEntity).findOneByOrFail({ id: Number(caseId) });
  const decide = (caseId: string, approve: boolean) => () =>
    system.query(`mutation ($id: ID!, $approve: Boolean!) { decideRepair(repairCaseId: $id, approve: $approve, note: "决定") { id status } }`, { id: caseId, approve }, { as: FURONG2 });

  it('an approval is never undone: one of the two wins, the other gets the CONFLICT naming the state', async () => {
    const caseId = await openCase();
    const { request, decision } = await requestWhile(caseId, decide(caseId, true));
    expect([codes(request), codes(decision)].filter((code) => code === undefined)).toHaveLength(1);
    const now = await stored(caseId);
    if (codes(decision)) {
      expect(codes(decision)).toEqual(['CONFLICT']);
      expect(now.status).toBe('AWAITING_CONFIRMATION');
    } else {
      expect(codes(request)).toEqual(['CONFLICT']);
      expect(request.errors?.[0].message).toContain('APPROVED');
      expect(now.status).toBe('APPROVED');
    }
  });

  it('a rejection leaves no request PENDING and the case REJECTED', async () => {
    const caseId = await openCase();
    const { request, decision } = await requestWhile(caseId, decide(caseId, false));
    expect(codes(decision)).toBeUndefined();
    expect((await stored(caseId)).status).toBe('REJECTED');
    if (codes(request)) expect(codes(request)).toEqual(['CONFLICT']);
    const pending = await system.subgraphs.repair.dataSource.getRepository(ConfirmationRequestEntity).countBy({ repairCaseId: Number(caseId), status: 'PENDING' });
    expect(pending).toBe(0);
  });
});
