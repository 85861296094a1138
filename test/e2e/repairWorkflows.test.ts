import { AuditEntryEntity } from '../../subgraphs/kit/audit/AuditEntryEntity';
import type { Identity } from '../../subgraphs/kit/identity/identity';
import { ConfirmationRequestEntity } from '../../subgraphs/repair/entities/ConfirmationRequestEntity';
import { RepairCaseEntity } from '../../subgraphs/repair/entities/RepairCaseEntity';
import type { GraphQLResponse } from '../support/startTestSubgraph';
import { startTestSystem, type TestSystem } from '../support/startTestSystem';
import { testDrivers } from '../support/testStorage';
import { uscc } from '../support/uscc';

type Caller = Omit<Identity, 'clientAddress'>;

const FIRM = uscc('91430102MA4L0W001');
const OTHER_FIRM = uscc('91430102MA4L0W002');

const users = {
  national: { role: 'NATIONAL_REGULATOR', subject: 'ndrc-1' },
  furong: { role: 'LEAD_UNIT', subject: 'furong-lead', region: '430102' },
  hunan: { role: 'LEAD_UNIT', subject: 'hunan-lead', region: '430000' },
  beijing: { role: 'LEAD_UNIT', subject: 'beijing-lead', region: '110000' },
  court: { role: 'COURT', subject: 'furong-court', court: '湘0102' },
  otherCourt: { role: 'COURT', subject: 'chaoyang-court', court: '京0105' },
  firm: { role: 'INSTITUTION', subject: 'firm-admin', uscc: FIRM },
  otherFirm: { role: 'INSTITUTION', subject: 'other-firm-admin', uscc: OTHER_FIRM },
} satisfies Record<string, Caller>;

const LETTER = { kind: 'COMMITMENT_LETTER', reference: '湘诚承〔2026〕1号', title: '信用修复承诺书' };
const PROOF = { kind: 'PROOF_OF_CORRECTION', reference: '非税收入缴款书 4301022026000777', title: '罚款缴纳凭证' };

const RECORD = 'mutation ($input: RecordDishonestyInput!) { recordDishonesty(input: $input) { id } }';
const APPLY = `mutation ($input: ApplyForRepairInput!) { applyForRepair(input: $input) {
  id status region recordKind appliedAt decisionDueAt decisionOverdue documents { kind reference title } subject { uscc } record { id }
} }`;
const REQUEST = `mutation ($input: RequestConfirmationInput!) { requestConfirmation(input: $input) {
  id authority authorityKind caseNumber kind status requestedAt answerDueAt answerOverdue repairCase { id status }
} }`;
const ANSWER = `mutation ($input: AnswerConfirmationInput!) { answerConfirmation(input: $input) {
  id status answeredAt answerDocument answerNote repairCase { id status }
} }`;
const DECIDE = `mutation ($id: ID!, $approve: Boolean!, $note: String) { decideRepair(repairCaseId: $id, approve: $approve, note: $note) {
  id status decidedAt decisionNote confirmationRequests { id status }
} }`;
const RECORD_REPAIR = 'query ($id: ID!) { dishonestyRecord(id: $id) { id kind status repaired repair { id status decisionNote } } }';
const INBOX = `{ courtInbox(first: 50) { totalCount nodes {
  id kind status caseNumber requestedAt answerDueAt answerOverdue repairCase { id recordKind subject { uscc } }
} } }`;
const OVERDUE_DECISIONS = 'query ($region: RegionCode) { overdueRepairDecisions(region: $region, first: 50) { totalCount nodes { id decisionDueAt decisionOverdue } } }';
const OVERDUE_REQUESTS = '{ overdueConfirmationRequests(first: 50) { totalCount nodes { id authority answerDueAt answerOverdue } } }';

interface Applied { id: string; status: string; region: string; recordKind: string; appliedAt: string; decisionDueAt: string; decisionOverdue: boolean; documents: unknown[] }
interface Requested { id: string; status: string; caseNumber: string | null; answerDueAt: string; answerOverdue: boolean; repairCase: { id: string; status: string } }
interface Answered { id: string; status: string; answerDocument: string; repairCase: { status: string } }
interface Decided { id: string; status: string; decisionNote: string | null; confirmationRequests: { id: string; status: string }[] }
interface Page<T> { totalCount: number; nodes: T[] }

const shanghai = (local: string) => new Date(`${local}+08:00`);
const codes = (result: GraphQLResponse<unknown>) => result.errors?.map((error) => error.extensions?.code);

describe.each(testDrivers())('repair workflows through the gateway on %s', (driver) => {
  let system: TestSystem;
  let clock = shanghai('2026-09-29T10:00:00');
  let documentNumber = 1;

  beforeAll(async () => {
    system = await startTestSystem(driver, { now: () => clock });
  });

  afterAll(async () => {
    await system.close();
  });

  const ask = <T,>(caller: Caller, query: string, variables?: Record<string, unknown>) => system.query<T>(query, variables, { as: caller });

  /** A record in records (through the gateway, as the national regulator), ACTIVE. */
  async function recordOf(kind: string, subject = FIRM, region = '430102', publicityEndsAt?: string): Promise<string> {
    const number = documentNumber++;
    const result = await ask<{ recordDishonesty: { id: string } }>(users.national, RECORD, { input: {
      subjectUscc: subject, subjectName: '湖南测试信用服务有限公司', region, kind,
      authority: kind === 'SERIOUS_DISHONESTY_LIST' ? '长沙市芙蓉区人民法院' : '长沙市芙蓉区市场监督管理局',
      documentNumber: kind === 'SERIOUS_DISHONESTY_LIST' ? `（2026）湘0102执${number}号` : `芙市监罚〔2026〕${number}号`,
      decidedAt: '2026-01-05', publicityEndsAt, summary: '测试记录',
    } });
    expect(result.errors).toBeUndefined();
    return result.data?.recordDishonesty.id ?? '';
  }

  const apply = (caller: Caller, recordId: string, documents: unknown[] = [LETTER, PROOF]) =>
    ask<{ applyForRepair: Applied | null }>(caller, APPLY, { input: { recordId, statement: '已缴清罚款并完成整改，申请信用修复。', documents } });
  async function applied(recordId: string, documents?: unknown[]): Promise<Applied> {
    const result = await apply(users.firm, recordId, documents);
    expect(result.errors).toBeUndefined();
    if (!result.data?.applyForRepair) throw new Error('not applied');
    return result.data.applyForRepair;
  }
  const request = (caller: Caller, input: Record<string, unknown>) => ask<{ requestConfirmation: Requested | null }>(caller, REQUEST, { input });
  const courtRequest = (caseId: string, kind: string, caseNumber = '(2026)湘0102执77号') =>
    request(users.furong, { repairCaseId: caseId, authority: '湘0102', authorityKind: 'COURT', caseNumber, kind });
  async function requested(caseId: string, kind: string): Promise<Requested> {
    const result = await courtRequest(caseId, kind);
    expect(result.errors).toBeUndefined();
    if (!result.data?.requestConfirmation) throw new Error('not requested');
    return result.data.requestConfirmation;
  }
  const answer = (caller: Caller, requestId: string, verdict = 'CONFIRMED', document = '（2026）湘0102执77号之一 结案通知书') =>
    ask<{ answerConfirmation: Answered | null }>(caller, ANSWER, { input: { requestId, answer: verdict, document, note: '经核实' } });
  const decide = (caller: Caller, id: string, approve: boolean, note: string | null = approve ? '材料齐全，准予修复。' : null) =>
    ask<{ decideRepair: Decided | null }>(caller, DECIDE, { id, approve, note });
  const repairOf = async (caller: Caller, recordId: string) =>
    (await ask<{ dishonestyRecord: { repaired: boolean; repair: { id: string; status: string } | null } | null }>(caller, RECORD_REPAIR, { id: recordId })).data?.dishonestyRecord;
  const caseCount = () => system.subgraphs.repair.dataSource.getRepository(RepairCaseEntity).count();
  const requestCount = () => system.subgraphs.repair.dataSource.getRepository(ConfirmationRequestEntity).count();
  /** Revokes a record in records, as its owner does (deleted, not repaired). */
  async function revoke(id: string): Promise<void> {
    const result = await ask(users.national, 'mutation ($id: ID!) { revokeRecord(id: $id, reason: "行政复议撤销", documentNumber: "湘复决〔2026〕1号", decidedAt: "2026-02-01") { status } }', { id });
    expect(result).toEqual({ data: { revokeRecord: { status: 'REVOKED' } } });
  }

  beforeEach(() => {
    clock = shanghai('2026-09-29T10:00:00');
  });

  describe('an administrative penalty: documents → approval → the record shows repaired', () => {
    it('applies with the documents, due 10 working days later across National Day 2026, approved by the lead unit, repaired on the record', async () => {
      const recordId = await recordOf('ADMINISTRATIVE_PENALTY');
      expect(await repairOf(users.furong, recordId)).toEqual({ id: recordId, kind: 'ADMINISTRATIVE_PENALTY', status: 'ACTIVE', repaired: false, repair: null });

      const repairCase = await applied(recordId);
      // Applied Tue 2026-09-29. Working days after it: Wed 09-30 (1); Thu 10-01 to Wed 10-07 are the
      // National Day holiday; Thu 10-08 (2), Fri 10-09 (3), Sat 10-10 an adjusted working day (4);
      // Mon 10-12 to Fri 10-16 (5-9); Mon 10-19 (10). Weekdays alone would give Tue 10-13; the
      // holiday without the adjusted Saturday would give Tue 10-20.
      expect(repairCase).toMatchObject({
        status: 'APPLIED', region: '430102', recordKind: 'ADMINISTRATIVE_PENALTY', appliedAt: '2026-09-29T10:00:00.000+08:00',
        decisionDueAt: '2026-10-19T23:59:59.999+08:00', decisionOverdue: false, documents: [LETTER, PROOF],
      });

      clock = shanghai('2026-10-12T09:00:00');
      const approved = await decide(users.furong, repairCase.id, true);
      expect(approved.errors).toBeUndefined();
      expect(approved.data?.decideRepair).toMatchObject({ status: 'APPROVED', decisionNote: '材料齐全，准予修复。' });

      for (const reader of [users.furong, users.hunan, users.national, users.firm]) {
        expect(await repairOf(reader, recordId)).toEqual({
          id: recordId, kind: 'ADMINISTRATIVE_PENALTY', status: 'ACTIVE', repaired: true,
          repair: { id: repairCase.id, status: 'APPROVED', decisionNote: '材料齐全，准予修复。' },
        });
      }
      const audit = await system.subgraphs.repair.dataSource.getRepository(AuditEntryEntity).findBy({ objectType: 'RepairCase', objectId: repairCase.id });
      expect(audit.map((entry) => [entry.operation, entry.actor, entry.role])).toEqual([
        ['applyForRepair', 'firm-admin', 'INSTITUTION'],
        ['decideRepair', 'furong-lead', 'LEAD_UNIT'],
      ]);
    });

    it.each([
      ['no documents', [], 'COMMITMENT_LETTER and PROOF_OF_CORRECTION'],
      ['the commitment letter only', [LETTER], 'PROOF_OF_CORRECTION'],
      ['the proof of correction only', [PROOF], 'COMMITMENT_LETTER'],
    ])('refuses a penalty repair with %s (BAD_USER_INPUT on input.documents) and stores nothing', async (_case, documents, missing) => {
      const recordId = await recordOf('ADMINISTRATIVE_PENALTY');
      const before = await caseCount();
      const result = await apply(users.firm, recordId, documents);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.documents' });
      expect(result.errors?.[0].message).toContain(missing);
      expect(await caseCount()).toBe(before);
    });

    it('refuses a document without its reference (BAD_USER_INPUT naming it)', async () => {
      const recordId = await recordOf('COMMITMENT_BREACH');
      const result = await apply(users.firm, recordId, [LETTER, { kind: 'PROOF_OF_CORRECTION', reference: '  ' }]);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.documents[1].reference' });
    });

    it.each(['EXPIRED', 'REVOKED'] as const)('refuses a record that is %s in records: nothing to repair (CONFLICT naming it)', async (status) => {
      // Published for the shortest period a general penalty allows (3 months): over by the end of September.
      const recordId = await recordOf('ADMINISTRATIVE_PENALTY', FIRM, '430102', status === 'EXPIRED' ? '2026-04-05' : undefined);
      if (status === 'REVOKED') await revoke(recordId);
      const before = await caseCount();
      const result = await apply(users.firm, recordId);
      expect(codes(result)).toEqual(['CONFLICT']);
      expect(result.errors?.[0].message).toContain(status);
      expect(await caseCount()).toBe(before);
    });

    it('refuses an impersonation clue (CONFLICT: a clue is refuted, not repaired)', async () => {
      const recordId = await recordOf('IMPERSONATION_CLUE');
      const result = await apply(users.firm, recordId, [LETTER, PROOF]);
      expect(codes(result)).toEqual(['CONFLICT']);
      expect(result.errors?.[0].message).toContain('IMPERSONATION_CLUE');
    });

    it("refuses a second case while one is open (CONFLICT), and another institution's application (NOT_FOUND)", async () => {
      const recordId = await recordOf('FALSE_DISCLOSURE');
      const first = await applied(recordId);
      const again = await apply(users.firm, recordId);
      expect(codes(again)).toEqual(['CONFLICT']);
      expect(again.errors?.[0].message).toContain(`repair case ${first.id} (APPLIED)`);
      expect(codes(await apply(users.otherFirm, recordId))).toEqual(['NOT_FOUND']);
    });

    it('refuses approval of a record revoked in records since the application (CONFLICT), allows its rejection with a reason', async () => {
      const recordId = await recordOf('ADMINISTRATIVE_PENALTY');
      const repairCase = await applied(recordId);
      await revoke(recordId);
      const approval = await decide(users.furong, repairCase.id, true);
      expect(codes(approval)).toEqual(['CONFLICT']);
      expect(approval.errors?.[0].message).toContain('REVOKED');
      const bare = await decide(users.furong, repairCase.id, false);
      expect(bare.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
      const rejected = await decide(users.furong, repairCase.id, false, '原处罚决定已撤销，无需修复。');
      expect(rejected.data?.decideRepair).toMatchObject({ status: 'REJECTED', decisionNote: '原处罚决定已撤销，无需修复。' });
    });

    it('refuses the decision to the wrong authority: another region (NOT_FOUND), a court or the institution (FORBIDDEN); a decided case (CONFLICT naming it)', async () => {
      const recordId = await recordOf('ADMINISTRATIVE_PENALTY');
      const repairCase = await applied(recordId);
      expect(codes(await decide(users.beijing, repairCase.id, true))).toEqual(['NOT_FOUND']);
      expect(codes(await decide(users.court, repairCase.id, true))).toEqual(['FORBIDDEN']);
      expect(codes(await decide(users.firm, repairCase.id, true))).toEqual(['FORBIDDEN']);
      expect((await decide(users.hunan, repairCase.id, true)).data?.decideRepair?.status).toBe('APPROVED');
      for (const approve of [true, false]) {
        const twice = await decide(users.furong, repairCase.id, approve, '再次决定');
        expect(codes(twice)).toEqual(['CONFLICT']);
        expect(twice.errors?.[0].message).toContain('APPROVED');
      }
    });

    it("refuses approval when the listing authority denies the obligations were fulfilled; the lead unit records the authority's reply", async () => {
      const recordId = await recordOf('ADMINISTRATIVE_PENALTY');
      const repairCase = await applied(recordId);
      const asked = await request(users.furong, {
        repairCaseId: repairCase.id, authority: '长沙市芙蓉区市场监督管理局', authorityKind: 'LISTING_AUTHORITY', kind: 'OBLIGATIONS_FULFILLED',
      });
      expect(asked.data?.requestConfirmation).toMatchObject({ status: 'PENDING', caseNumber: null, repairCase: { status: 'AWAITING_CONFIRMATION' } });
      const id = asked.data?.requestConfirmation?.id ?? '';
      expect(codes(await answer(users.court, id))).toEqual(['NOT_FOUND']);
      expect(codes(await answer(users.beijing, id))).toEqual(['NOT_FOUND']);
      const denied = await answer(users.furong, id, 'DENIED', '芙市监函〔2026〕3号');
      expect(denied.data?.answerConfirmation).toMatchObject({ status: 'DENIED', answerDocument: '芙市监函〔2026〕3号' });
      const approval = await decide(users.furong, repairCase.id, true);
      expect(codes(approval)).toEqual(['CONFLICT']);
      expect(approval.errors?.[0].message).toContain('DENIED');
    });
  });

  describe('a serious-dishonesty list entry: court confirmation → approval', () => {
    it('asks the court, which confirms the settlement reached, then performed; approved only then; the record shows repaired', async () => {
      clock = shanghai('2026-02-13T10:00:00');
      const recordId = await recordOf('SERIOUS_DISHONESTY_LIST');
      const noLetter = await apply(users.firm, recordId, [PROOF]);
      expect(noLetter.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.documents' });
      const repairCase = await applied(recordId, [LETTER]);
      // Applied Fri 2026-02-13, before the Spring Festival: Sat 02-14 is an adjusted working day (1);
      // Sun 02-15 to Mon 02-23 are off; Tue 02-24 to Fri 02-27 (2-5); Sat 02-28 adjusted (6); Mon 03-02 to Thu 03-05 (7-10).
      expect(repairCase).toMatchObject({ recordKind: 'SERIOUS_DISHONESTY_LIST', decisionDueAt: '2026-03-05T23:59:59.999+08:00' });

      clock = shanghai('2026-02-14T09:30:00');
      const reached = await requested(repairCase.id, 'SETTLEMENT_REACHED');
      // Asked Sat 02-14 (a working day): Tue 02-24, Wed 02-25, Thu 02-26 are the three working days after it.
      expect(reached).toMatchObject({
        status: 'PENDING', caseNumber: '（2026）湘0102执77号', answerDueAt: '2026-02-26T23:59:59.999+08:00', answerOverdue: false,
        repairCase: { id: repairCase.id, status: 'AWAITING_CONFIRMATION' },
      });
      const pending = await decide(users.furong, repairCase.id, true);
      expect(codes(pending)).toEqual(['CONFLICT']);
      expect(pending.errors?.[0].message).toContain('PENDING');

      clock = shanghai('2026-02-24T15:00:00');
      const confirmedReached = await answer(users.court, reached.id);
      expect(confirmedReached.data?.answerConfirmation).toMatchObject({
        status: 'CONFIRMED', answerDocument: '（2026）湘0102执77号之一 结案通知书', repairCase: { status: 'AWAITING_CONFIRMATION' },
      });
      const twice = await answer(users.court, reached.id, 'DENIED');
      expect(codes(twice)).toEqual(['CONFLICT']);
      expect(twice.errors?.[0].message).toContain('CONFIRMED');

      const reachedOnly = await decide(users.furong, repairCase.id, true);
      expect(codes(reachedOnly)).toEqual(['CONFLICT']);
      expect(reachedOnly.errors?.[0].message).toContain('SETTLEMENT_REACHED');
      expect((await repairOf(users.furong, recordId))?.repaired).toBe(false);

      const performed = await requested(repairCase.id, 'SETTLEMENT_PERFORMED');
      expect(codes(await answer(users.otherCourt, performed.id))).toEqual(['NOT_FOUND']);
      expect(codes(await answer(users.furong, performed.id))).toEqual(['FORBIDDEN']);
      expect(codes(await answer(users.national, performed.id))).toEqual(['FORBIDDEN']);
      expect(codes(await answer(users.firm, performed.id))).toEqual(['FORBIDDEN']);
      expect((await answer(users.court, performed.id, 'CONFIRMED', ' ')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.document' });
      expect((await answer(users.court, performed.id)).data?.answerConfirmation?.status).toBe('CONFIRMED');

      const approved = await decide(users.furong, repairCase.id, true);
      expect(approved.errors).toBeUndefined();
      expect(approved.data?.decideRepair?.status).toBe('APPROVED');
      expect(await repairOf(users.hunan, recordId)).toMatchObject({ repaired: true, repair: { id: repairCase.id, status: 'APPROVED' } });
      const audit = await system.subgraphs.repair.dataSource.getRepository(AuditEntryEntity).findBy({ objectType: 'ConfirmationRequest', objectId: performed.id });
      expect(audit.map((entry) => [entry.operation, entry.actor, entry.role])).toEqual([['answerConfirmation', 'furong-court', 'COURT']]);
    });

    it('approves a list entry on obligations fulfilled, confirmed by the court', async () => {
      const recordId = await recordOf('SERIOUS_DISHONESTY_LIST');
      const repairCase = await applied(recordId, [LETTER]);
      expect(codes(await decide(users.furong, repairCase.id, true))).toEqual(['CONFLICT']);
      const fulfilled = await requested(repairCase.id, 'OBLIGATIONS_FULFILLED');
      await answer(users.court, fulfilled.id);
      expect((await decide(users.furong, repairCase.id, true)).data?.decideRepair?.status).toBe('APPROVED');
    });

    it('refuses bad requests: a malformed or missing case number for a court, a settlement to the listing authority, the wrong authority or state', async () => {
      const recordId = await recordOf('SERIOUS_DISHONESTY_LIST');
      const repairCase = await applied(recordId, [LETTER]);
      const before = await requestCount();
      const malformed = await courtRequest(repairCase.id, 'OBLIGATIONS_FULFILLED', '湘0102执77号');
      expect(malformed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.caseNumber' });
      const missing = await request(users.furong, { repairCaseId: repairCase.id, authority: '湘0102', authorityKind: 'COURT', kind: 'OBLIGATIONS_FULFILLED' });
      expect(missing.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.caseNumber' });
      const settlement = await request(users.furong, { repairCaseId: repairCase.id, authority: '长沙市芙蓉区人民政府', authorityKind: 'LISTING_AUTHORITY', kind: 'SETTLEMENT_REACHED' });
      expect(settlement.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.kind' });
      expect(codes(await request(users.beijing, { repairCaseId: repairCase.id, authority: '湘0102', authorityKind: 'COURT', caseNumber: '（2026）湘0102执77号', kind: 'OBLIGATIONS_FULFILLED' }))).toEqual(['NOT_FOUND']);
      expect(codes(await request(users.firm, { repairCaseId: repairCase.id, authority: '湘0102', authorityKind: 'COURT', caseNumber: '（2026）湘0102执77号', kind: 'OBLIGATIONS_FULFILLED' }))).toEqual(['FORBIDDEN']);
      expect(codes(await request(users.court, { repairCaseId: repairCase.id, authority: '湘0102', authorityKind: 'COURT', caseNumber: '（2026）湘0102执77号', kind: 'OBLIGATIONS_FULFILLED' }))).toEqual(['FORBIDDEN']);
      expect(await requestCount()).toBe(before);
    });

    it('withdraws the pending requests when the case is rejected; the court can no longer answer them (CONFLICT naming WITHDRAWN)', async () => {
      const recordId = await recordOf('SERIOUS_DISHONESTY_LIST');
      const repairCase = await applied(recordId, [LETTER]);
      const fulfilled = await requested(repairCase.id, 'OBLIGATIONS_FULFILLED');
      const rejected = await decide(users.furong, repairCase.id, false, '申请人撤回申请。');
      expect(rejected.data?.decideRepair).toMatchObject({ status: 'REJECTED', confirmationRequests: [{ id: fulfilled.id, status: 'WITHDRAWN' }] });
      const late = await answer(users.court, fulfilled.id);
      expect(codes(late)).toEqual(['CONFLICT']);
      expect(late.errors?.[0].message).toContain('WITHDRAWN');
      expect(codes(await courtRequest(repairCase.id, 'OBLIGATIONS_FULFILLED'))).toEqual(['CONFLICT']);
    });
  });

  describe('racing writes', () => {
    it('stores one of several applications sent at once for one record, and one of several decisions on one case', async () => {
      const recordId = await recordOf('ADMINISTRATIVE_PENALTY');
      const before = await caseCount();
      const applications = await Promise.all(Array.from({ length: 6 }, () => apply(users.firm, recordId)));
      expect(applications.filter((result) => !result.errors)).toHaveLength(1);
      expect(applications.flatMap((result) => codes(result) ?? [])).toEqual(Array.from({ length: 5 }, () => 'CONFLICT'));
      expect(await caseCount()).toBe(before + 1);

      const id = applications.find((result) => !result.errors)?.data?.applyForRepair?.id ?? '';
      const decisions = await Promise.all([true, false, true, false, true, false].map((approve) => decide(users.furong, id, approve, approve ? '准予' : '驳回')));
      expect(decisions.filter((result) => !result.errors)).toHaveLength(1);
      expect(decisions.flatMap((result) => codes(result) ?? [])).toEqual(Array.from({ length: 5 }, () => 'CONFLICT'));
      const audit = await system.subgraphs.repair.dataSource.getRepository(AuditEntryEntity).countBy({ objectType: 'RepairCase', objectId: id, operation: 'decideRepair' });
      expect(audit).toBe(1);
    });
  });

  describe('the court inbox and overdue work', () => {
    it("lists what awaits the court first, with due dates across National Day 2026; only its own; then lists what is overdue for whoever may see it", async () => {
      const recordId = await recordOf('SERIOUS_DISHONESTY_LIST', OTHER_FIRM, '430102');
      const repairCase = (await ask<{ applyForRepair: Applied }>(users.otherFirm, APPLY, { input: { recordId, statement: '申请修复', documents: [LETTER] } })).data?.applyForRepair;
      if (!repairCase) throw new Error('not applied');
      clock = shanghai('2026-09-30T10:00:00');
      const answered = await requested(repairCase.id, 'SETTLEMENT_REACHED');
      await answer(users.court, answered.id);
      const waiting = await requested(repairCase.id, 'OBLIGATIONS_FULFILLED');
      // Asked Wed 2026-09-30: Thu 10-01 to Wed 10-07 off; Thu 10-08 (1), Fri 10-09 (2), Sat 10-10 adjusted (3).
      expect(waiting.answerDueAt).toBe('2026-10-10T23:59:59.999+08:00');

      const inbox = await ask<{ courtInbox: Page<{ id: string; status: string; answerDueAt: string; repairCase: { id: string; recordKind: string } }> }>(users.court, INBOX);
      expect(inbox.errors).toBeUndefined();
      const nodes = inbox.data?.courtInbox.nodes ?? [];
      const statuses = nodes.map((node) => node.status);
      expect(statuses.slice(0, statuses.lastIndexOf('PENDING') + 1).every((status) => status === 'PENDING')).toBe(true);
      const pendingIds = nodes.filter((node) => node.status === 'PENDING').map((node) => Number(node.id));
      expect(pendingIds).toEqual([...pendingIds].sort((a, b) => a - b));
      expect(nodes.find((node) => node.id === waiting.id)).toMatchObject({
        status: 'PENDING', answerDueAt: '2026-10-10T23:59:59.999+08:00', repairCase: { id: repairCase.id, recordKind: 'SERIOUS_DISHONESTY_LIST' },
      });
      expect(nodes.findIndex((node) => node.id === waiting.id)).toBeLessThan(nodes.findIndex((node) => node.id === answered.id));
      const other = await ask<{ courtInbox: Page<{ id: string }> }>(users.otherCourt, INBOX);
      expect(other.data?.courtInbox.nodes.map((node) => node.id)).not.toContain(waiting.id);

      const overdueRequests = async (caller: Caller) =>
        (await ask<{ overdueConfirmationRequests: Page<{ id: string; answerDueAt: string; answerOverdue: boolean }> }>(caller, OVERDUE_REQUESTS)).data?.overdueConfirmationRequests.nodes ?? [];
      const overdueDecisions = async (caller: Caller, region?: string) =>
        (await ask<{ overdueRepairDecisions: Page<{ id: string; decisionDueAt: string; decisionOverdue: boolean }> }>(caller, OVERDUE_DECISIONS, { region })).data?.overdueRepairDecisions.nodes ?? [];

      clock = shanghai('2026-10-10T23:59:59');
      expect((await overdueRequests(users.court)).map((node) => node.id)).not.toContain(waiting.id);
      clock = shanghai('2026-10-12T08:00:00');
      for (const reader of [users.court, users.furong, users.hunan, users.national, users.otherFirm]) {
        expect(await overdueRequests(reader)).toContainEqual({ id: waiting.id, authority: '湘0102', answerDueAt: '2026-10-10T23:59:59.999+08:00', answerOverdue: true });
      }
      for (const reader of [users.otherCourt, users.beijing, users.firm]) {
        expect((await overdueRequests(reader)).map((node) => node.id)).not.toContain(waiting.id);
      }
      const dueRequests = (await overdueRequests(users.national)).map((node) => node.answerDueAt);
      expect(dueRequests).toEqual([...dueRequests].sort());

      // Applied Tue 09-29: its decision is due Mon 10-19 (see above); overdue from Tue 10-20.
      expect((await overdueDecisions(users.furong)).map((node) => node.id)).not.toContain(repairCase.id);
      clock = shanghai('2026-10-20T00:00:01');
      for (const reader of [users.furong, users.hunan, users.national, users.otherFirm]) {
        expect(await overdueDecisions(reader)).toContainEqual({ id: repairCase.id, decisionDueAt: '2026-10-19T23:59:59.999+08:00', decisionOverdue: true });
      }
      expect((await overdueDecisions(users.national, '110000')).map((node) => node.id)).not.toContain(repairCase.id);
      for (const reader of [users.beijing, users.firm]) {
        expect((await overdueDecisions(reader)).map((node) => node.id)).not.toContain(repairCase.id);
      }
      const dueDecisions = (await overdueDecisions(users.national)).map((node) => node.decisionDueAt);
      expect(dueDecisions).toEqual([...dueDecisions].sort());
      expect(codes(await ask(users.court, OVERDUE_DECISIONS))).toEqual(['FORBIDDEN']);

      await answer(users.court, waiting.id);
      expect((await overdueRequests(users.court)).map((node) => node.id)).not.toContain(waiting.id);
      await decide(users.furong, repairCase.id, true);
      expect((await overdueDecisions(users.furong)).map((node) => node.id)).not.toContain(repairCase.id);
    });
  });
});
