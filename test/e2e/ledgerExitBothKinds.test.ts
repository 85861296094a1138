import { startTestSystem, type TestSystem } from '../support/startTestSystem';
import { testDrivers } from '../support/testStorage';
import { uscc } from '../support/uscc';
import { ledgerDriver, shanghai, unmetOf, users } from './ledger/ledgerFixture';

const BOTH = uscc('91430102MA4LC0001');

describe.each(testDrivers())('an entity of both kinds of target, through the gateway, on %s', (driver) => {
  let system: TestSystem;
  let ledger: ReturnType<typeof ledgerDriver>;

  beforeAll(async () => {
    system = await startTestSystem(driver, { now: () => shanghai('2021-06-15T10:00:00') });
    ledger = ledgerDriver(system);
  });

  afterAll(async () => {
    await system.close();
  });

  it('needs every criterion that applies, judged record by record, and exits only when all are met', async () => {
    await ledger.register(BOTH);
    const listEntry = await ledger.record({ uscc: BOTH, kind: 'SERIOUS_DISHONESTY_LIST' });
    const penalty = await ledger.record({ uscc: BOTH, kind: 'ADMINISTRATIVE_PENALTY' });
    const seriousDisclosure = await ledger.acceptedComplaint(BOTH, 'FALSE_DISCLOSURE', '公示的收费标准与实际收费严重不符。');
    await ledger.publishedAsDishonesty(seriousDisclosure, 'SERIOUS');
    const generalBreach = await ledger.acceptedComplaint(BOTH, 'COMMITMENT_BREACH', '未按承诺公开投诉处理结果。');
    await ledger.publishedAsDishonesty(generalBreach, 'GENERAL');
    await ledger.acceptedComplaint(BOTH, 'IMPERSONATION', '以“国家信用修复中心”名义招揽业务。');

    const entry = await ledger.entryOf(BOTH);
    const disclosureRecord = entry.exitCheck.criteria.find(({ description }) => description.startsWith('公示信息严重弄虚作假'))?.record?.id ?? '';
    expect(entry.targets).toEqual(['DISHONEST_INSTITUTION', 'IMPERSONATOR']);
    // The general breach makes no target and needs no repair; the serious disclosure is judged like a penalty.
    expect(entry.exitCheck.criteria.map(({ code, met, record }) => [code, met, record?.id ?? null])).toEqual([
      ['LIST_OBLIGATIONS_MET', false, listEntry],
      ['PENALTY_REPAIRED', false, penalty],
      ['PENALTY_REPAIRED', false, disclosureRecord],
      ['COMMITMENT_PUBLISHED', false, null],
      ['CLUES_SENT_ON', false, null],
      ['NOT_EXCLUDED', true, null],
    ]);
    expect(entry.measures).toMatchObject({ recordsRepaired: 0, recordsToRepair: 3, commitmentCollected: false, correctedAndFulfilled: false });
    const unmet = async () => unmetOf(await ledger.decide(entry.id)).map(({ code, recordId }) => (recordId ? `${code}:${recordId}` : code));
    expect(await unmet()).toEqual([`LIST_OBLIGATIONS_MET:${listEntry}`, `PENALTY_REPAIRED:${penalty}`, `PENALTY_REPAIRED:${disclosureRecord}`, 'COMMITMENT_PUBLISHED', 'CLUES_SENT_ON']);

    // The list entry: a settlement reached (confirmed by the court) meets (a); its performance is a fact of its own.
    const listCase = await ledger.applyForRepair(listEntry, BOTH);
    await ledger.courtConfirms(listCase, 'SETTLEMENT_REACHED');
    const listCriterion = async () => (await ledger.entryOf(BOTH)).exitCheck.criteria.find(({ record }) => record?.id === listEntry);
    expect(await listCriterion()).toMatchObject({ met: true, description: expect.stringMatching(/已达成执行和解协议（尚未确认履行完毕）$/) });
    await ledger.courtConfirms(listCase, 'SETTLEMENT_PERFORMED');
    expect(await listCriterion()).toMatchObject({ met: true, description: expect.stringMatching(/已达成执行和解协议并履行完毕$/) });

    // The penalty: revoked on review (deleted, not repaired) meets (a).
    const revoked = await ledger.ask(users.national, 'mutation ($id: ID!) { revokeRecord(id: $id, reason: "行政复议撤销", documentNumber: "湘复决〔2021〕3号", decidedAt: "2021-05-01") { status } }', { id: penalty });
    expect(revoked.errors).toBeUndefined();
    // The serious false disclosure: repaired.
    const disclosureCase = await ledger.applyForRepair(disclosureRecord, BOTH);
    await ledger.approveRepair(disclosureCase);
    expect(await unmet()).toEqual(['COMMITMENT_PUBLISHED', 'CLUES_SENT_ON']);

    await ledger.signAndPublish(BOTH);
    expect(await unmet()).toEqual(['CLUES_SENT_ON']);
    await ledger.warningLetter(await ledger.unsentClues(BOTH));

    const ready = await ledger.entryOf(BOTH);
    expect(ready.exitCheck.allowed).toBe(true);
    // The revoked penalty no longer needs repair: 2 of the 2 records that count are met.
    expect(ready.measures).toMatchObject({ recordsRepaired: 2, recordsToRepair: 2, commitmentCollected: true, correctedAndFulfilled: true });
    const exited = await ledger.decide(ready.id);
    expect(exited.errors).toBeUndefined();
    expect(exited.data?.decideLedgerExit).toMatchObject({ status: 'EXITED', exitKind: 'CRITERIA_MET' });
  });
});
