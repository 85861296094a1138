import { ComplaintEntity } from '../../subgraphs/complaints/entities/ComplaintEntity';
import { startTestSystem, type TestSystem } from '../support/startTestSystem';
import { testDrivers } from '../support/testStorage';
import { uscc } from '../support/uscc';
import { ledgerDriver, shanghai, unmetOf, users, type Caller, type Entry } from './ledger/ledgerFixture';

const SUBJECT = uscc('91430102MA4LB0077');
const tianxin: Caller = { role: 'LEAD_UNIT', subject: 'tianxin-lead', region: '430103' };
const cluesSentOn = (entry: Entry) => entry.exitCheck.criteria.find(({ code }) => code === 'CLUES_SENT_ON');

// Criterion (c) is judged on the clues of the entry's region, whoever reads it: a lead unit sees
// only its own region's clues, the national regulator and decideLedgerExit (SERVICE) all of them.
describe.each(testDrivers())('clues about one entity in two districts, through the gateway, on %s', (driver) => {
  let system: TestSystem;
  let ledger: ReturnType<typeof ledgerDriver>;
  beforeAll(async () => {
    system = await startTestSystem(driver, { now: () => shanghai('2021-06-15T10:00:00') });
    ledger = ledgerDriver(system);
  });
  afterAll(async () => { await system.close(); });

  it('lets the entry whose clues were sent on exit for every reader, and holds the other one', async () => {
    await ledger.acceptedComplaint(SUBJECT, 'IMPERSONATION');
    const [first] = await ledger.unsentClues(SUBJECT);
    await ledger.warningLetter([first]);
    const data = await ledger.ok<{ submitComplaint: { trackingNumber: string } }>(tianxin, 'mutation ($input: SubmitComplaintInput!, $key: String!) { submitComplaint(input: $input, idempotencyKey: $key) { trackingNumber } }', {
      key: 'clues-two-districts', input: { category: 'IMPERSONATION', region: '430103', subjectUscc: SUBJECT, subjectName: '长沙某信用修复有限公司', content: '冒充信用机构', complainant: { name: '李四', phone: '13800138001' } },
    });
    const complaint = await system.subgraphs.complaints.dataSource.getRepository(ComplaintEntity).findOneByOrFail({ trackingNumber: data.submitComplaint.trackingNumber });
    await ledger.ok(tianxin, 'mutation ($id: ID!) { acceptComplaint(id: $id) { id } }', { id: String(complaint.id) });

    const asLead = await ledger.entryOf(SUBJECT);
    const asNational = await ledger.entryOf(SUBJECT, '430102', users.national);
    expect(asLead.exitCheck.allowed).toBe(true);
    expect(asNational.exitCheck).toEqual(asLead.exitCheck);
    expect(cluesSentOn(asNational)).toMatchObject({ met: true, description: '招摇撞骗线索：已全部发送监管提示函' });

    const other = await ledger.entryOf(SUBJECT, '430103', tianxin);
    const otherAsNational = await ledger.entryOf(SUBJECT, '430103', users.national);
    expect(cluesSentOn(other)).toMatchObject({ met: false, description: '招摇撞骗线索：尚有1个地区的线索未发送监管提示函' });
    expect(otherAsNational.exitCheck).toEqual(other.exitCheck);
    expect(unmetOf(await ledger.decide(other.id, { caller: tianxin })).map(({ code }) => code)).toEqual(['CLUES_SENT_ON']);

    // The city covers both districts: one region's clues are unsent.
    const changsha: Caller = { role: 'LEAD_UNIT', subject: 'changsha-lead', region: '430100' };
    const unsent = await ledger.ok<{ marketEntity: { unsentClueRegions: string[]; allCluesSentOn: boolean } }>(changsha, 'query ($uscc: USCC!) { marketEntity(uscc: $uscc) { unsentClueRegions allCluesSentOn } }', { uscc: SUBJECT });
    expect(unsent.marketEntity).toEqual({ unsentClueRegions: ['430103'], allCluesSentOn: false });

    const decided = await ledger.decide(asLead.id);
    expect(decided.errors).toBeUndefined();
    expect(decided.data?.decideLedgerExit).toMatchObject({ status: 'EXITED', exitKind: 'CRITERIA_MET' });
  });
});
