import { startTestSystem, type TestSystem } from '../support/startTestSystem';
import { testDrivers } from '../support/testStorage';
import { uscc } from '../support/uscc';
import { ledgerDriver, shanghai, unmetOf } from './ledger/ledgerFixture';

const IMPERSONATOR = uscc('91430102MA4LB0001');

describe.each(testDrivers())('an impersonator in the ledger, through the gateway, on %s', (driver) => {
  let system: TestSystem;
  let ledger: ReturnType<typeof ledgerDriver>;

  beforeAll(async () => {
    system = await startTestSystem(driver, { now: () => shanghai('2021-06-15T10:00:00') });
    ledger = ledgerDriver(system);
  });

  afterAll(async () => {
    await system.close();
  });

  it('is refused until every clue collected from complaints is in a warning letter, then exits', async () => {
    await ledger.acceptedComplaint(IMPERSONATOR, 'IMPERSONATION');
    await ledger.acceptedComplaint(IMPERSONATOR, 'IMPERSONATION', '冒充征信机构收取“征信修复费”。');
    const [first, second] = await ledger.unsentClues(IMPERSONATOR);
    expect(second).toBeDefined();

    const entry = await ledger.entryOf(IMPERSONATOR);
    expect(entry).toMatchObject({
      status: 'IN_LEDGER', targets: ['IMPERSONATOR'], recordCount: 2,
      // Not a registered institution: no commitment to collect, no record to repair (a clue is verified, not repaired).
      measures: { commitmentCollected: null, recordsRepaired: 0, recordsToRepair: 0, correctedAndFulfilled: true },
    });
    expect(entry.exitCheck.criteria.map(({ code, met }) => [code, met])).toEqual([['CLUES_SENT_ON', false], ['NOT_EXCLUDED', true]]);
    expect(unmetOf(await ledger.decide(entry.id))).toEqual([{ code: 'CLUES_SENT_ON', recordId: null, description: '招摇撞骗线索：尚有1个地区的线索未发送监管提示函' }]);

    await ledger.warningLetter([first]);
    expect(unmetOf(await ledger.decide(entry.id)).map(({ code }) => code)).toEqual(['CLUES_SENT_ON']);

    await ledger.warningLetter([second]);
    const checked = await ledger.entryOf(IMPERSONATOR);
    expect(checked.exitCheck).toEqual({ allowed: true, criteria: [
      { code: 'CLUES_SENT_ON', met: true, record: null, description: '招摇撞骗线索：已全部发送监管提示函' },
      { code: 'NOT_EXCLUDED', met: true, record: null, description: '经营状态：未被剔除' },
    ] });
    const exited = await ledger.decide(entry.id);
    expect(exited.errors).toBeUndefined();
    expect(exited.data?.decideLedgerExit).toMatchObject({ status: 'EXITED', exitKind: 'CRITERIA_MET' });
  });

  it('puts the impersonator back when a new clue is collected, and refuses its exit until that clue is sent on too', async () => {
    await ledger.acceptedComplaint(IMPERSONATOR, 'IMPERSONATION', '又以信用服务机构名义招揽业务。');
    const entry = await ledger.entryOf(IMPERSONATOR);
    expect(entry).toMatchObject({ status: 'IN_LEDGER', exitKind: null, recordCount: 3 });
    expect(unmetOf(await ledger.decide(entry.id)).map(({ code }) => code)).toEqual(['CLUES_SENT_ON']);
  });
});
