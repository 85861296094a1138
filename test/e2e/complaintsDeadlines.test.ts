import type { Identity } from '../../subgraphs/kit/identity/identity';
import { startTestSystem, type TestSystem } from '../support/startTestSystem';
import { testDrivers } from '../support/testStorage';
import { uscc } from '../support/uscc';

const FURONG: Omit<Identity, 'clientAddress'> = { role: 'LEAD_UNIT', subject: 'furong-lead-deadlines', region: '430102' };
const BEIJING: Omit<Identity, 'clientAddress'> = { role: 'LEAD_UNIT', subject: 'beijing-lead-deadlines', region: '110000' };
const SUBJECT = uscc('91430102MA4W40001');

const SUBMIT = `mutation ($input: SubmitComplaintInput!, $key: String!) {
  submitComplaint(input: $input, idempotencyKey: $key) { trackingNumber acceptDueAt }
}`;
const OVERDUE = `query ($overdue: Boolean) { complaints(filter: { overdue: $overdue }, first: 100) { totalCount nodes { trackingNumber status acceptDueAt overdue } } }`;

describe.each(testDrivers())('complaint acceptance deadlines through the gateway on %s', (driver) => {
  let system: TestSystem;
  let keys = 0;
  /** The subgraphs' clock, moved by the test. */
  let clock = new Date('2026-01-05T10:00:00+08:00');
  const setClock = (at: string) => {
    clock = new Date(at);
  };

  beforeAll(async () => {
    system = await startTestSystem(driver, { now: () => clock });
  });

  afterAll(async () => {
    await system.close();
  });

  const submitAt = async (at: string) => {
    setClock(at);
    const input = { category: 'FALSE_DISCLOSURE', region: '430102', subjectUscc: SUBJECT, subjectName: '某征信服务有限公司', content: `投诉 ${at}`, complainant: null };
    const result = await system.query<{ submitComplaint: { trackingNumber: string; acceptDueAt: string } }>(SUBMIT, { input, key: `deadline-${driver}-${(keys += 1)}` });
    expect(result.errors).toBeUndefined();
    return result.data?.submitComplaint ?? { trackingNumber: '', acceptDueAt: '' };
  };

  let beforeNationalDay: { trackingNumber: string; acceptDueAt: string };
  let beforeSpringFestival: { trackingNumber: string; acceptDueAt: string };
  let afterHoliday: { trackingNumber: string; acceptDueAt: string };

  it('counts 7 working days over the National Day holiday 2026, the adjusted Saturday 10 October included', async () => {
    // Working days: 30 Sep; (1–7 Oct holiday) 8, 9, 10 (Saturday, adjusted), 12, 13, 14 Oct.
    beforeNationalDay = await submitAt('2026-09-29T10:00:00+08:00');
    expect(beforeNationalDay.acceptDueAt).toBe('2026-10-14T23:59:59.999+08:00');
  });

  it('counts 7 working days over the Spring Festival 2026, both adjusted Saturdays (14 and 28 February) included', async () => {
    // Working days: 13, 14 (Saturday, adjusted) Feb; (15–23 Feb holiday) 24, 25, 26, 27, 28 (Saturday, adjusted) Feb.
    beforeSpringFestival = await submitAt('2026-02-12T10:00:00+08:00');
    expect(beforeSpringFestival.acceptDueAt).toBe('2026-02-28T23:59:59.999+08:00');
  });

  it('lists for the lead unit the complaints neither accepted nor refused by their due date, with their due dates', async () => {
    afterHoliday = await submitAt('2026-10-09T10:00:00+08:00');
    setClock('2026-10-14T23:00:00+08:00');
    const onTheLastDay = await system.query<{ complaints: { nodes: { trackingNumber: string }[] } }>(OVERDUE, { overdue: true }, { as: FURONG });
    expect(onTheLastDay.data?.complaints.nodes.map((node) => node.trackingNumber)).toEqual([beforeSpringFestival.trackingNumber]);

    setClock('2026-10-15T09:00:00+08:00');
    const overdue = await system.query<{ complaints: { totalCount: number; nodes: unknown[] } }>(OVERDUE, { overdue: true }, { as: FURONG });
    expect(overdue.data?.complaints).toEqual({
      totalCount: 2,
      nodes: [
        // Newest submission first (the Spring Festival one was submitted second).
        { trackingNumber: beforeSpringFestival.trackingNumber, status: 'SUBMITTED', acceptDueAt: '2026-02-28T23:59:59.999+08:00', overdue: true },
        { trackingNumber: beforeNationalDay.trackingNumber, status: 'SUBMITTED', acceptDueAt: '2026-10-14T23:59:59.999+08:00', overdue: true },
      ],
    });
    const onTime = await system.query<{ complaints: { nodes: { trackingNumber: string; overdue: boolean }[] } }>(OVERDUE, { overdue: false }, { as: FURONG });
    expect(onTime.data?.complaints.nodes).toEqual([expect.objectContaining({ trackingNumber: afterHoliday.trackingNumber, overdue: false })]);
    const elsewhere = await system.query<{ complaints: { totalCount: number } }>(OVERDUE, { overdue: true }, { as: BEIJING });
    expect(elsewhere.data?.complaints.totalCount).toBe(0);
  });

  it('takes a complaint off the overdue list once it is accepted (late) or refused', async () => {
    const ids = await system.subgraphs.complaints.dataSource.query('SELECT id, trackingNumber FROM complaint');
    const idOf = (trackingNumber: string) => String(ids.find((row: { trackingNumber: string }) => row.trackingNumber === trackingNumber)?.id);
    const accepted = await system.query('mutation ($id: ID!) { acceptComplaint(id: $id) { status overdue } }', { id: idOf(beforeNationalDay.trackingNumber) }, { as: FURONG });
    expect(accepted.data).toEqual({ acceptComplaint: { status: 'ACCEPTED', overdue: false } });
    await system.query('mutation ($id: ID!) { refuseComplaint(id: $id, reason: "不属于受理范围。") { status } }', { id: idOf(beforeSpringFestival.trackingNumber) }, { as: FURONG });
    const overdue = await system.query<{ complaints: { totalCount: number } }>(OVERDUE, { overdue: true }, { as: FURONG });
    expect(overdue.data?.complaints.totalCount).toBe(0);
  });
});
