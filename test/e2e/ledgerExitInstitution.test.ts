import { AuditEntryEntity } from '../../subgraphs/kit/audit/AuditEntryEntity';
import { LedgerEntryEntity } from '../../subgraphs/records/entities/LedgerEntryEntity';
import { startTestSystem, type TestSystem } from '../support/startTestSystem';
import { testDrivers } from '../support/testStorage';
import { uscc } from '../support/uscc';
import { codes, ledgerDriver, shanghai, unmetOf, users } from './ledger/ledgerFixture';

const FIRM = uscc('91430102MA4LA0001');

describe.each(testDrivers())('an institution walked from screening to exit, through the gateway, on %s', (driver) => {
  let system: TestSystem;
  let ledger: ReturnType<typeof ledgerDriver>;
  let clock = shanghai('2021-06-15T10:00:00');

  beforeAll(async () => {
    system = await startTestSystem(driver, { now: () => clock });
    ledger = ledgerDriver(system);
  });

  afterAll(async () => {
    await system.close();
  });

  it('is refused at every step with the unmet criteria named, and exits once every criterion is met', async () => {
    await ledger.register(FIRM);
    const penalty = await ledger.record({ uscc: FIRM, kind: 'ADMINISTRATIVE_PENALTY' });
    // A record stored before the ledger existed: screening finds it and creates the entry.
    await system.subgraphs.records.dataSource.getRepository(LedgerEntryEntity).delete({ uscc: FIRM });
    const screened = await ledger.screen();
    expect(screened.screenLedger).toMatchObject({ added: 1, entries: 1, excluded: 0, exclusions: [], addedEntries: [{ subject: { uscc: FIRM } }] });
    expect((await ledger.screen()).screenLedger).toMatchObject({ added: 0, entries: 1 });

    let entry = await ledger.entryOf(FIRM);
    expect(entry).toMatchObject({
      status: 'IN_LEDGER', targets: ['DISHONEST_INSTITUTION'], recordCount: 1, exitKind: null,
      measures: { interviewUnits: [], correctedAndFulfilled: false, commitmentCollected: false, recordsRepaired: 0, recordsToRepair: 1, keySupervision: null },
      exitCheck: { allowed: false },
    });
    expect(entry.exitCheck.criteria).toEqual([
      { code: 'PENALTY_REPAIRED', met: false, record: { id: penalty }, description: expect.stringMatching(/^行政处罚 芙市监罚〔2021〕\d+号 尚未完成信用修复$/) },
      { code: 'COMMITMENT_PUBLISHED', met: false, record: null, description: expect.stringContaining('信用承诺') },
      { code: 'NOT_EXCLUDED', met: true, record: null, description: '经营状态：未被剔除' },
    ]);
    const unmetCodes = async () => unmetOf(await ledger.decide(entry.id)).map(({ code, recordId }) => [code, recordId]);
    expect(await unmetCodes()).toEqual([['PENALTY_REPAIRED', penalty], ['COMMITMENT_PUBLISHED', null]]);
    const refused = await ledger.decide(entry.id);
    expect(refused.errors?.[0].message).toMatch(/尚未完成信用修复/);

    await ledger.interview(FIRM, ['长沙市芙蓉区发展和改革局', '长沙市芙蓉区市场监督管理局']);
    entry = await ledger.entryOf(FIRM);
    expect(entry.measures.interviewUnits).toEqual(['长沙市芙蓉区发展和改革局', '长沙市芙蓉区市场监督管理局']);
    expect(await unmetCodes()).toEqual([['PENALTY_REPAIRED', penalty], ['COMMITMENT_PUBLISHED', null]]);

    await ledger.signAndPublish(FIRM);
    entry = await ledger.entryOf(FIRM);
    expect(entry.measures.commitmentCollected).toBe(true);
    expect(await unmetCodes()).toEqual([['PENALTY_REPAIRED', penalty]]);

    const repairCase = await ledger.applyForRepair(penalty, FIRM);
    await ledger.courtConfirms(repairCase, 'OBLIGATIONS_FULFILLED');
    // Confirmed by the court, not yet approved: the penalty is not repaired.
    expect(await unmetCodes()).toEqual([['PENALTY_REPAIRED', penalty]]);
    await ledger.approveRepair(repairCase);

    entry = await ledger.entryOf(FIRM);
    expect(entry.exitCheck).toEqual({ allowed: true, criteria: expect.arrayContaining([expect.objectContaining({ code: 'PENALTY_REPAIRED', met: true, description: expect.stringMatching(/已完成信用修复$/) })]) });
    expect(entry.measures).toMatchObject({ correctedAndFulfilled: true, recordsRepaired: 1, recordsToRepair: 1 });
    // A lead unit of another region does not see it; one covering it may decide.
    expect(codes(await ledger.decide(entry.id, { caller: users.beijing }))).toEqual(['NOT_FOUND']);
    const exited = await ledger.decide(entry.id, { caller: users.hunan });
    expect(exited.errors).toBeUndefined();
    expect(exited.data?.decideLedgerExit).toMatchObject({ id: entry.id, status: 'EXITED', exitKind: 'CRITERIA_MET', exitReason: null });
    expect(codes(await ledger.decide(entry.id))).toEqual(['CONFLICT']);
    const audit = await system.subgraphs.records.dataSource.getRepository(AuditEntryEntity).findBy({ operation: 'decideLedgerExit', objectId: entry.id });
    expect(audit).toEqual([expect.objectContaining({ actor: 'hunan-lead', role: 'LEAD_UNIT', summary: expect.stringContaining('all 3 criteria met') })]);
  });

  it('puts the exited entry back on a new record, clearing how it exited', async () => {
    const before = await ledger.entryOf(FIRM);
    expect(before).toMatchObject({ status: 'EXITED', exitKind: 'CRITERIA_MET' });
    await ledger.record({ uscc: FIRM, kind: 'ADMINISTRATIVE_PENALTY', decidedAt: '2021-06-01' });
    const after = await ledger.entryOf(FIRM);
    expect(after).toMatchObject({ id: before.id, status: 'IN_LEDGER', exitedAt: null, exitKind: null, exitReason: null, recordCount: 2 });
    expect(after.exitCheck.allowed).toBe(false);
  });
});
