import { createHash } from 'node:crypto';
import { ClueEntity } from '../../subgraphs/complaints/entities/ClueEntity';
import { ComplaintEntity } from '../../subgraphs/complaints/entities/ComplaintEntity';
import { ComplaintEventEntity } from '../../subgraphs/complaints/entities/ComplaintEventEntity';
import { OutboxEntity } from '../../subgraphs/complaints/entities/OutboxEntity';
import { flushOutbox } from '../../subgraphs/complaints/outbox/outboxRelays';
import type { Identity } from '../../subgraphs/kit/identity/identity';
import { startTestSystem, type TestSystem } from '../support/startTestSystem';
import { testDrivers } from '../support/testStorage';
import { uscc } from '../support/uscc';

type Caller = Omit<Identity, 'clientAddress'> | null;

const FURONG: Caller = { role: 'LEAD_UNIT', subject: 'furong-lead-e2e', region: '430102' };
const BEIJING: Caller = { role: 'LEAD_UNIT', subject: 'beijing-lead-e2e', region: '110000' };
const MARKET_REGULATOR: Caller = { role: 'INDUSTRY_REGULATOR', subject: 'furong-amr-e2e', region: '430102', sector: '市场监管' };

const A = uscc('91430102MA4W20001');
const B = uscc('91430102MA4W20002');
const C = uscc('91430102MA4W20003');

const SUBMIT = `mutation ($input: SubmitComplaintInput!, $key: String!) {
  submitComplaint(input: $input, idempotencyKey: $key) { trackingNumber token status submittedAt acceptDueAt }
}`;
const STATUS = `query ($n: String!, $t: String!) {
  complaintStatus(trackingNumber: $n, token: $t) { trackingNumber status outcome events { status note public outcome } }
}`;
const COMPLAINT = `query ($id: ID!) {
  complaint(id: $id) { id status outcome severity overdue complainant { name phone } events { status note public outcome }
    dishonestyRecord { id kind severity status region subject { uscc } } }
}`;
const ACCEPT = 'mutation ($id: ID!, $note: String) { acceptComplaint(id: $id, note: $note) { id status } }';
const REFUSE = 'mutation ($id: ID!, $reason: String!) { refuseComplaint(id: $id, reason: $reason) { id status } }';
const PROGRESS = 'mutation ($id: ID!, $note: String!, $public: Boolean) { addComplaintProgress(id: $id, note: $note, public: $public) { id status } }';
const CONCLUDE = 'mutation ($id: ID!, $input: ConcludeComplaintInput!) { concludeComplaint(id: $id, input: $input) { id status outcome severity } }';
const CLUES = `query ($uscc: USCC!) { marketEntity(uscc: $uscc) { allCluesSentOn impersonationClues { id collected refuted finding
  record { id kind status region subject { uscc } subjectName finding findingBy } warningLetter { id } } } }`;
const RECORD_CLUE = 'mutation ($input: RecordImpersonationClueInput!) { recordImpersonationClue(input: $input) { id region collected subjectName subjectIdentifiers record { id kind subjectName region status } } }';
const ISSUE = `mutation ($input: IssueWarningLetterInput!) { issueWarningLetter(input: $input) {
  id documentNumber region recipient recipientRegion sector clueCount entityCount entities { uscc } contactName contactPhone text } }`;
const FEEDBACK = `mutation ($letterId: ID!, $uscc: USCC!, $finding: LetterFinding!, $note: String) {
  recordLetterFeedback(letterId: $letterId, uscc: $uscc, finding: $finding, note: $note) { id feedback { subject { uscc } finding note } } }`;

interface Receipt {
  trackingNumber: string;
  token: string;
  status: string;
  submittedAt: string;
  acceptDueAt: string;
}

const complaintAbout = (subjectUscc: string | null, override: Record<string, unknown> = {}) => ({
  category: 'FALSE_DISCLOSURE',
  region: '430102',
  subjectUscc,
  subjectName: '某征信服务有限公司',
  content: '公示的收费标准与实际收费不符。',
  complainant: { name: '张三', phone: '13800138000' },
  ...override,
});

const codes = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.map((error) => error.extensions?.code);

describe.each(testDrivers())('complaints workflows through the gateway on %s', (driver) => {
  let system: TestSystem;
  let keys = 0;
  const nextKey = () => `e2e-complaint-${driver}-${(keys += 1).toString().padStart(4, '0')}`;

  beforeAll(async () => {
    system = await startTestSystem(driver);
  });

  afterAll(async () => {
    await system.close();
  });

  const complaints = () => system.subgraphs.complaints.dataSource.getRepository(ComplaintEntity);
  const submit = async (input: Record<string, unknown>, key = nextKey(), as: Caller | undefined = undefined) => {
    const result = await system.query<{ submitComplaint: Receipt }>(SUBMIT, { input, key }, as === undefined ? {} : { as });
    return { receipt: result.data?.submitComplaint, errors: result.errors };
  };
  /** Submits and returns the complaint's id. */
  const submitted = async (input: Record<string, unknown>) => {
    const { receipt, errors } = await submit(input);
    expect(errors).toBeUndefined();
    return String((await complaints().findOneByOrFail({ trackingNumber: receipt?.trackingNumber })).id);
  };
  const act = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, as: Caller = FURONG) => system.query<T>(query, variables, { as });
  /** The key records stored a collected fact under (the records–complaints contract). */
  const sourceKeyOf = async (recordId: string) =>
    (await system.subgraphs.records.dataSource.query('SELECT sourceKey FROM dishonesty_record WHERE id = ?', [Number(recordId)]))[0]?.sourceKey;
  const statusOf = async (id: string) => (await complaints().findOneByOrFail({ id: Number(id) })).status;

  describe('submitting', () => {
    it('takes an anonymous complaint from the public (no complainant) and a named one, the complainant in clear only for the handler', async () => {
      const anonymous = await submit(complaintAbout(A, { complainant: null }), nextKey(), null);
      expect(anonymous.errors).toBeUndefined();
      expect(anonymous.receipt).toMatchObject({ status: 'SUBMITTED', trackingNumber: expect.stringMatching(/^TS\d{8}/) });
      const anonymousId = String((await complaints().findOneByOrFail({ trackingNumber: anonymous.receipt?.trackingNumber })).id);
      const namedId = await submitted(complaintAbout(A));
      const read = async (id: string, as: Caller) => (await act<{ complaint: { complainant: unknown } }>(COMPLAINT, { id }, as)).data?.complaint.complainant;
      expect(await read(anonymousId, FURONG)).toBeNull();
      expect(await read(namedId, FURONG)).toEqual({ name: '张三', phone: '13800138000' });
      const masked = await read(namedId, { role: 'NATIONAL_REGULATOR', subject: 'ndrc-e2e' });
      expect(JSON.stringify(masked)).not.toMatch(/张三|13800138000/);
    });

    it('takes a subject without a USCC by name, website or phone, and refuses one with neither USCC nor identifier for an impersonation', async () => {
      const ok = await submit(complaintAbout(null, { category: 'IMPERSONATION', subjectName: '“征信洗白”网站', subjectIdentifiers: ['www.zx-xibai.example', '13912345678'] }));
      expect(ok.errors).toBeUndefined();
      const bad = await submit(complaintAbout(null, { category: 'IMPERSONATION', subjectName: '某人' }));
      expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
      expect(bad.errors?.[0].extensions?.field).toBe('input.subjectIdentifiers');
    });

    it('answers the same key with the same content with the same receipt (token included), other content with CONFLICT, stored once', async () => {
      const key = nextKey();
      const first = await submit(complaintAbout(B), key);
      const again = await submit(complaintAbout(B), key);
      expect(again.receipt).toEqual(first.receipt);
      const other = await submit(complaintAbout(B, { content: '另一件事。' }), key);
      expect(codes(other)).toEqual(['CONFLICT']);
      expect(JSON.stringify(other)).not.toContain(first.receipt?.token ?? 'none');
      expect(await complaints().countBy({ idempotencyKey: key })).toBe(1);
    });

    it('stores concurrent submissions under one key once, each answered with the same receipt', async () => {
      const key = nextKey();
      const results = await Promise.all([1, 2, 3, 4, 5].map(() => submit(complaintAbout(C), key)));
      for (const result of results) expect(result.errors).toBeUndefined();
      expect(new Set(results.map((result) => result.receipt?.trackingNumber)).size).toBe(1);
      expect(await complaints().countBy({ idempotencyKey: key })).toBe(1);
    });

    it('stores the token only hashed, and answers an unknown number and a wrong token with the same bytes', async () => {
      const { receipt } = await submit(complaintAbout(A));
      const stored = await complaints().findOneByOrFail({ trackingNumber: receipt?.trackingNumber });
      expect(stored.tokenHash).toBe(createHash('sha256').update(receipt?.token ?? '').digest('hex'));
      const raw = JSON.stringify(await system.subgraphs.complaints.dataSource.createQueryBuilder().select('*').from('complaint', 'c').getRawMany());
      expect(raw).not.toContain(receipt?.token);
      const wrongToken = await system.rawQuery(STATUS, { n: receipt?.trackingNumber, t: 'not-the-token' }, { as: null });
      const unknownNumber = await system.rawQuery(STATUS, { n: 'TS20260101ABCDEFGHJK', t: receipt?.token }, { as: null });
      expect(wrongToken).toEqual(unknownNumber);
      expect(JSON.parse(wrongToken.body)).toEqual({ data: { complaintStatus: null } });
      const right = await system.query(STATUS, { n: receipt?.trackingNumber, t: receipt?.token }, { as: null });
      expect(right.data).toMatchObject({ complaintStatus: { trackingNumber: receipt?.trackingNumber, status: 'SUBMITTED' } });
    });
  });

  describe('handling', () => {
    it('walks a complaint through acceptance, notes and conclusion; the public timeline shows each step and the outcome, no internal note, no personal data', async () => {
      const { receipt } = await submit(complaintAbout(A, { complainant: { name: '李四', phone: '13700001234' } }));
      const id = String((await complaints().findOneByOrFail({ trackingNumber: receipt?.trackingNumber })).id);
      expect((await act(ACCEPT, { id, note: '内部：转芙蓉区市场监管局核查' })).data).toEqual({ acceptComplaint: { id, status: 'ACCEPTED' } });
      expect((await act(PROGRESS, { id, note: '内部：已调取收费记录，联系人王某 13911112222' })).data).toEqual({ addComplaintProgress: { id, status: 'IN_PROGRESS' } });
      expect((await act(PROGRESS, { id, note: '已约谈该公司负责人', public: true })).errors).toBeUndefined();
      const concluded = await act(CONCLUDE, { id, input: { outcome: 'ORDERED_CORRECTION', conclusion: '经查属实，已责令该公司更正公示信息。' } });
      expect(concluded.data).toEqual({ concludeComplaint: { id, status: 'CONCLUDED', outcome: 'ORDERED_CORRECTION', severity: null } });

      const { body } = await system.rawQuery(STATUS, { n: receipt?.trackingNumber, t: receipt?.token }, { as: null });
      expect(JSON.parse(body)).toEqual({
        data: {
          complaintStatus: {
            trackingNumber: receipt?.trackingNumber, status: 'CONCLUDED', outcome: 'ORDERED_CORRECTION',
            events: [
              { status: 'SUBMITTED', note: null, public: true, outcome: null },
              { status: 'ACCEPTED', note: null, public: false, outcome: null },
              { status: 'IN_PROGRESS', note: null, public: false, outcome: null },
              { status: 'IN_PROGRESS', note: '已约谈该公司负责人', public: true, outcome: null },
              { status: 'CONCLUDED', note: '经查属实，已责令该公司更正公示信息。', public: true, outcome: 'ORDERED_CORRECTION' },
            ],
          },
        },
      });
      for (const hidden of ['内部', '李四', '13700001234', '13911112222']) expect(body).not.toContain(hidden);
      const handlers = await act<{ complaint: { events: { note: string | null }[] } }>(COMPLAINT, { id });
      expect(handlers.data?.complaint.events.map((event) => event.note)).toEqual([
        null, '内部：转芙蓉区市场监管局核查', '内部：已调取收费记录，联系人王某 13911112222', '已约谈该公司负责人', '经查属实，已责令该公司更正公示信息。',
      ]);
    });

    it.each(['INTERVIEW', 'NOTICE', 'UNFOUNDED'])('concludes with the outcome %s', async (outcome) => {
      const id = await submitted(complaintAbout(B));
      await act(ACCEPT, { id });
      const result = await act(CONCLUDE, { id, input: { outcome, conclusion: '处理完毕。' } });
      expect(result.data).toEqual({ concludeComplaint: { id, status: 'CONCLUDED', outcome, severity: null } });
    });

    it('refuses with a public reason; a refusal without a reason is BAD_USER_INPUT and changes nothing', async () => {
      const id = await submitted(complaintAbout(B, { category: 'OTHER' }));
      const noReason = await act(REFUSE, { id, reason: '  ' });
      expect(codes(noReason)).toEqual(['BAD_USER_INPUT']);
      expect(noReason.errors?.[0].extensions?.field).toBe('reason');
      expect(await statusOf(id)).toBe('SUBMITTED');
      expect((await act(REFUSE, { id, reason: '不属于专项治理受理范围。' })).data).toEqual({ refuseComplaint: { id, status: 'REFUSED' } });
    });

    it('refuses every transition from a wrong state with a CONFLICT naming the state, storing no step', async () => {
      const refused = await submitted(complaintAbout(B));
      await act(REFUSE, { id: refused, reason: '重复投诉。' });
      const submittedId = await submitted(complaintAbout(B));
      const concluded = await submitted(complaintAbout(B));
      await act(ACCEPT, { id: concluded });
      await act(CONCLUDE, { id: concluded, input: { outcome: 'NOTICE', conclusion: '已通报。' } });
      const events = () => system.subgraphs.complaints.dataSource.getRepository(ComplaintEventEntity).count();
      const before = await events();
      const attempts: [string, Record<string, unknown>, string][] = [
        [ACCEPT, { id: refused }, 'REFUSED'],
        [REFUSE, { id: refused, reason: '再次拒绝。' }, 'REFUSED'],
        [PROGRESS, { id: submittedId, note: '进展。' }, 'SUBMITTED'],
        [CONCLUDE, { id: submittedId, input: { outcome: 'NOTICE', conclusion: '通报。' } }, 'SUBMITTED'],
        [ACCEPT, { id: concluded }, 'CONCLUDED'],
        [PROGRESS, { id: concluded, note: '进展。' }, 'CONCLUDED'],
        [CONCLUDE, { id: concluded, input: { outcome: 'NOTICE', conclusion: '再次通报。' } }, 'CONCLUDED'],
      ];
      for (const [query, variables, state] of attempts) {
        const result = await act(query, variables);
        expect(codes(result)).toEqual(['CONFLICT']);
        expect(result.errors?.[0].message).toContain(`is ${state}`);
      }
      expect(await events()).toBe(before);
    });

    it('lets two handlers accept at once: one wins, the other gets the CONFLICT naming ACCEPTED', async () => {
      const id = await submitted(complaintAbout(B));
      const results = await Promise.all([act(ACCEPT, { id }), act(ACCEPT, { id })]);
      expect(results.map((result) => (result.errors ? 'CONFLICT' : 'ok')).sort()).toEqual(['CONFLICT', 'ok']);
    });

    it('hides a complaint outside the lead unit\'s region (NOT_FOUND) and forbids roles that never handle complaints', async () => {
      const id = await submitted(complaintAbout(B));
      expect(codes(await act(ACCEPT, { id }, BEIJING))).toEqual(['NOT_FOUND']);
      expect(codes(await act(REFUSE, { id, reason: '无' }, BEIJING))).toEqual(['NOT_FOUND']);
      expect(codes(await act(ACCEPT, { id }, MARKET_REGULATOR))).toEqual(['FORBIDDEN']);
      expect(codes(await act(ACCEPT, { id }, null))).toEqual(['FORBIDDEN']);
      expect(await statusOf(id)).toBe('SUBMITTED');
    });

    it('publishes a serious false disclosure as a dishonesty record in records that enters the ledger; a general one stays out of the ledger', async () => {
      const serious = await submitted(complaintAbout(A));
      await act(ACCEPT, { id: serious });
      const missing = await act(CONCLUDE, { id: serious, input: { outcome: 'PUBLISHED_AS_DISHONESTY', conclusion: '经查属实。' } });
      expect(codes(missing)).toEqual(['BAD_USER_INPUT']);
      expect(missing.errors?.[0].extensions?.field).toBe('input.severity');
      expect(await statusOf(serious)).toBe('ACCEPTED');
      const published = await act(CONCLUDE, { id: serious, input: { outcome: 'PUBLISHED_AS_DISHONESTY', severity: 'SERIOUS', conclusion: '经查属实，公示信息弄虚作假情节严重。' } });
      expect(published.errors).toBeUndefined();
      const read = await act<{ complaint: { dishonestyRecord: Record<string, unknown> } }>(COMPLAINT, { id: serious });
      expect(read.data?.complaint).toMatchObject({
        status: 'CONCLUDED', outcome: 'PUBLISHED_AS_DISHONESTY', severity: 'SERIOUS',
        dishonestyRecord: { kind: 'FALSE_DISCLOSURE', severity: 'SERIOUS', status: 'ACTIVE', region: '430102', subject: { uscc: A } },
      });
      const ledger = await system.query<{ marketEntity: { ledgerEntries: { region: string }[] } }>(`{ marketEntity(uscc: "${A}") { ledgerEntries { region } } }`);
      expect(ledger.data?.marketEntity.ledgerEntries).toEqual([{ region: '430102' }]);
      expect(await sourceKeyOf(String(read.data?.complaint.dishonestyRecord.id))).toBe(`complaint:${serious}`);

      const general = await submitted(complaintAbout(C, { category: 'COMMITMENT_BREACH' }));
      await act(ACCEPT, { id: general });
      await act(CONCLUDE, { id: general, input: { outcome: 'PUBLISHED_AS_DISHONESTY', severity: 'GENERAL', conclusion: '违背信用承诺。' } });
      const generalRead = await act<{ complaint: { dishonestyRecord: Record<string, unknown> } }>(COMPLAINT, { id: general });
      expect(generalRead.data?.complaint.dishonestyRecord).toMatchObject({ kind: 'COMMITMENT_BREACH', severity: 'GENERAL' });
      const noLedger = await system.query<{ marketEntity: { ledgerEntries: unknown[] } }>(`{ marketEntity(uscc: "${C}") { ledgerEntries { region } } }`);
      expect(noLedger.data?.marketEntity.ledgerEntries).toEqual([]);
    });

    it('refuses to publish as dishonesty a complaint naming no USCC or of another category (BAD_USER_INPUT)', async () => {
      const noUscc = await submitted(complaintAbout(null, { subjectIdentifiers: ['www.no-uscc.example'] }));
      const other = await submitted(complaintAbout(B, { category: 'OTHER' }));
      for (const id of [noUscc, other]) {
        await act(ACCEPT, { id });
        const result = await act(CONCLUDE, { id, input: { outcome: 'PUBLISHED_AS_DISHONESTY', severity: 'SERIOUS', conclusion: '公示。' } });
        expect(codes(result)).toEqual(['BAD_USER_INPUT']);
        expect(result.errors?.[0].extensions?.field).toBe('input.outcome');
        expect(await statusOf(id)).toBe('ACCEPTED');
      }
    });
  });

  describe('impersonation clues and warning letters', () => {
    const NANSHAN: Caller = { role: 'LEAD_UNIT', subject: 'nanshan-lead-e2e', region: '440305' };
    const NANSHAN_MARKET: Caller = { role: 'INDUSTRY_REGULATOR', subject: 'nanshan-amr-e2e', region: '440305', sector: '市场监管' };
    const NANSHAN_TAX: Caller = { role: 'INDUSTRY_REGULATOR', subject: 'nanshan-tax-e2e', region: '440305', sector: '税务' };
    const X = uscc('91440305MA5W30001');
    const Y = uscc('91440305MA5W30002');
    const impersonation = (subject: string | null, override: Record<string, unknown> = {}) =>
      complaintAbout(subject, { category: 'IMPERSONATION', region: '440305', subjectName: '深圳某信用修复有限公司', content: '自称信用修复机构收费。', ...override });
    type Clue = { id: string; collected: boolean; refuted: boolean; finding: string | null; record: Record<string, unknown> | null; warningLetter: { id: string } | null };
    const cluesOf = async (entity: string) =>
      (await system.query<{ marketEntity: { allCluesSentOn: boolean; impersonationClues: Clue[] } }>(CLUES, { uscc: entity })).data?.marketEntity;
    const letterInput = (clueIds: string[], override: Record<string, unknown> = {}) => ({
      documentNumber: `深南信用函〔2026〕${(keys += 1)}号`, issuingUnit: '深圳市南山区社会信用体系建设牵头单位', recipient: '深圳市南山区市场监督管理局',
      recipientRegion: '440305', sector: '市场监管', contactName: '林晓', contactPhone: '0755-26651234', clueIds, ...override,
    });
    let clueX1: string;
    let clueX2: string;
    let clueY: string;
    let clueNoUscc: string;
    let letterId: string;

    it('collects a complaint\'s clue as an IMPERSONATION_CLUE record when the complaint is accepted, never when it is refused', async () => {
      const accepted = await submitted(impersonation(X));
      const refused = await submitted(impersonation(X, { content: '另一条举报。' }));
      let x = await cluesOf(X);
      expect(x?.impersonationClues.map((clue) => clue.collected)).toEqual([false, false]);
      expect(x?.allCluesSentOn).toBe(true);
      expect((await act(ACCEPT, { id: accepted }, NANSHAN)).errors).toBeUndefined();
      expect((await act(REFUSE, { id: refused, reason: '证据不足。' }, NANSHAN)).errors).toBeUndefined();
      x = await cluesOf(X);
      const [collected, notCollected] = x?.impersonationClues ?? [];
      expect(collected).toMatchObject({ collected: true, record: { kind: 'IMPERSONATION_CLUE', status: 'ACTIVE', region: '440305', subject: { uscc: X }, subjectName: '深圳某信用修复有限公司', finding: null } });
      expect(notCollected).toMatchObject({ collected: false, record: null });
      expect(x?.allCluesSentOn).toBe(false);
      clueX1 = collected.id;
      expect(await sourceKeyOf(String(collected.record?.id))).toBe(`clue:${clueX1}`);
    });

    it('records a clue from another source, collected at once, also for a subject without a USCC', async () => {
      const result = await act<{ recordImpersonationClue: Record<string, unknown> & { id: string } }>(RECORD_CLUE, {
        input: { region: '440305', subjectName: '“信用修复快速通道”', subjectIdentifiers: ['微信号 xyxf2026'], description: '监测发现冒充信用服务机构。', source: '信用服务机构监测' },
      }, NANSHAN);
      expect(result.errors).toBeUndefined();
      expect(result.data?.recordImpersonationClue).toMatchObject({
        region: '440305', collected: true, subjectName: '“信用修复快速通道”', subjectIdentifiers: ['微信号 xyxf2026'],
        record: { kind: 'IMPERSONATION_CLUE', subjectName: '“信用修复快速通道”', region: '440305', status: 'ACTIVE' },
      });
      clueNoUscc = result.data?.recordImpersonationClue.id ?? '';
      const x2 = await act<{ recordImpersonationClue: { id: string } }>(RECORD_CLUE, { input: { region: '440305', subjectUscc: X, subjectName: '深圳某信用修复有限公司', description: '网站宣称官方授权。', source: '网络监测' } }, NANSHAN);
      clueX2 = x2.data?.recordImpersonationClue.id ?? '';
      const y = await act<{ recordImpersonationClue: { id: string } }>(RECORD_CLUE, { input: { region: '440305', subjectUscc: Y, subjectName: '深圳某征信咨询有限公司', description: '收费删除失信记录。', source: '网络监测' } }, NANSHAN);
      clueY = y.data?.recordImpersonationClue.id ?? '';
      expect(codes(await act(RECORD_CLUE, { input: { region: '440305', subjectUscc: Y, subjectName: '某', description: '无。', source: '监测' } }, FURONG))).toEqual(['FORBIDDEN']);
      expect(codes(await act(RECORD_CLUE, { input: { region: '440305', subjectName: '某人', description: '无。', source: '监测' } }, NANSHAN))).toEqual(['BAD_USER_INPUT']);
    });

    it('refuses a letter with a clue not collected (CONFLICT) or out of the lead unit\'s scope (NOT_FOUND), storing nothing', async () => {
      const x = await cluesOf(X);
      const uncollected = x?.impersonationClues.find((clue) => !clue.collected)?.id ?? '';
      expect(codes(await act(ISSUE, { input: letterInput([clueX1, uncollected]) }, NANSHAN))).toEqual(['CONFLICT']);
      expect(codes(await act(ISSUE, { input: letterInput([clueX1], { recipientRegion: '430102' }) }, FURONG))).toEqual(['NOT_FOUND']);
      expect(codes(await act(ISSUE, { input: letterInput([clueX1], { recipientRegion: '440306' }) }, NANSHAN))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await act(ISSUE, { input: letterInput([clueX1]) }, NANSHAN_MARKET))).toEqual(['FORBIDDEN']);
      expect((await cluesOf(X))?.impersonationClues.every((clue) => clue.warningLetter === null)).toBe(true);
    });

    it('issues a letter that counts the clues and the entities, lists them, and renders Annex 3 with the contact', async () => {
      const input = letterInput([clueX1, clueX2, clueY, clueNoUscc]);
      const result = await act<{ issueWarningLetter: Record<string, unknown> & { id: string; text: string } }>(ISSUE, { input }, NANSHAN);
      expect(result.errors).toBeUndefined();
      const letter = result.data?.issueWarningLetter;
      expect(letter).toMatchObject({ region: '440305', recipient: '深圳市南山区市场监督管理局', clueCount: 4, entityCount: 2, entities: [{ uscc: X }, { uscc: Y }], contactName: '林晓', contactPhone: '0755-26651234' });
      letterId = letter?.id ?? '';
      const text = letter?.text ?? '';
      expect(text).toContain('关于严厉查处假借信用服务机构名义招摇撞骗的市场主体的提示函');
      expect(text).toContain(`${input.documentNumber}\n\n深圳市南山区市场监督管理局：`);
      expect(text).toContain('现已监测发现假借信用服务机构名义招摇撞骗的失信行为线索 4 条，涉及我区（县） 2 家市场主体。');
      for (const action of ['一是对经查属实的失信市场主体', '二是依法依规启动提示、警示约谈程序', '三是将相关查处结果反馈我单位', '四是组织本地区所有信用服务机构加强诚信自律']) expect(text).toContain(action);
      expect(text).toContain('联系人及联系方式：深圳市南山区社会信用体系建设牵头单位 林晓，联系电话：0755-26651234。');
      expect(text).toContain(`1. 深圳某信用修复有限公司（统一社会信用代码：${X}）\n2. 深圳某征信咨询有限公司（统一社会信用代码：${Y}）`);
      expect(text).toContain('1. “信用修复快速通道”（微信号 xyxf2026）');
      expect(text).toMatch(/深圳市南山区社会信用体系建设牵头单位\n20\d\d年\d{1,2}月\d{1,2}日$/);
      expect((await cluesOf(X))?.allCluesSentOn).toBe(true);
      const again = await act(ISSUE, { input: letterInput([clueY]) }, NANSHAN);
      expect(codes(again)).toEqual(['CONFLICT']);
      expect(again.errors?.[0].message).toContain(`warning letter ${letterId}`);
    });

    it('lets the addressed regulator record its finding per entity: it enters each clue\'s record, UNFOUNDED refutes it', async () => {
      const found = await act(FEEDBACK, { letterId, uscc: X, finding: 'SUBSTANTIATED', note: '经查属实，已纳入重点监管' }, NANSHAN_MARKET);
      expect(found.errors).toBeUndefined();
      const x = await cluesOf(X);
      const sent = x?.impersonationClues.filter((clue) => clue.warningLetter !== null) ?? [];
      expect(sent).toHaveLength(2);
      for (const clue of sent) expect(clue).toMatchObject({ finding: 'SUBSTANTIATED', refuted: false, record: { status: 'ACTIVE', finding: 'SUBSTANTIATED', findingBy: '深圳市南山区市场监督管理局' } });
      expect((await act(FEEDBACK, { letterId, uscc: Y, finding: 'UNFOUNDED', note: '经查不实' }, NANSHAN_MARKET)).errors).toBeUndefined();
      const [y] = (await cluesOf(Y))?.impersonationClues ?? [];
      expect(y).toMatchObject({ finding: 'UNFOUNDED', refuted: true, record: { status: 'REFUTED', finding: 'UNFOUNDED' } });
      const same = await act(FEEDBACK, { letterId, uscc: Y, finding: 'UNFOUNDED' }, NANSHAN_MARKET);
      expect(same.errors).toBeUndefined();
      expect(codes(await act(FEEDBACK, { letterId, uscc: Y, finding: 'SUBSTANTIATED' }, NANSHAN_MARKET))).toEqual(['CONFLICT']);
      const letter = await act<{ recordLetterFeedback: { feedback: unknown[] } }>(FEEDBACK, { letterId, uscc: X, finding: 'SUBSTANTIATED' }, NANSHAN_MARKET);
      expect(letter.data?.recordLetterFeedback.feedback).toEqual([
        { subject: { uscc: X }, finding: 'SUBSTANTIATED', note: '经查属实，已纳入重点监管' },
        { subject: { uscc: Y }, finding: 'UNFOUNDED', note: '经查不实' },
      ]);
    });

    it('lets the addressed regulator record its finding on a clue naming no USCC, into that clue\'s record', async () => {
      const CLUE_FEEDBACK = `mutation ($letterId: ID!, $clueId: ID!, $finding: LetterFinding!) {
        recordClueFeedback(letterId: $letterId, clueId: $clueId, finding: $finding, note: "经查，该微信号已注销") { id finding refuted record { status finding findingNote } } }`;
      const withUscc = await act(CLUE_FEEDBACK, { letterId, clueId: clueX1, finding: 'UNFOUNDED' }, NANSHAN_MARKET);
      expect(codes(withUscc)).toEqual(['BAD_USER_INPUT']);
      expect(codes(await act(CLUE_FEEDBACK, { letterId, clueId: clueNoUscc, finding: 'UNFOUNDED' }, NANSHAN_TAX))).toEqual(['NOT_FOUND']);
      const result = await act(CLUE_FEEDBACK, { letterId, clueId: clueNoUscc, finding: 'UNFOUNDED' }, NANSHAN_MARKET);
      // The regulator reads no records (null): the national regulator sees the record refuted.
      expect(result.data).toEqual({ recordClueFeedback: { id: clueNoUscc, finding: 'UNFOUNDED', refuted: true, record: null } });
      const letters = await system.query<{ warningLetters: { nodes: { clues: { id: string; record: unknown }[] }[] } }>('{ warningLetters(first: 100) { nodes { clues { id record { status finding findingNote } } } } }');
      const clue = letters.data?.warningLetters.nodes.flatMap((letter) => letter.clues).find((sent) => sent.id === clueNoUscc);
      expect(clue?.record).toEqual({ status: 'REFUTED', finding: 'UNFOUNDED', findingNote: '经查，该微信号已注销' });
      expect(codes(await act(CLUE_FEEDBACK, { letterId, clueId: clueNoUscc, finding: 'SUBSTANTIATED' }, NANSHAN_MARKET))).toEqual(['CONFLICT']);
    });

    it('writes an audit entry for each handling step, clue and letter, naming the person who acted', async () => {
      const log = await system.query<{ complaintsAuditLog: { nodes: { operation: string; actor: string }[] } }>('{ complaintsAuditLog(first: 200) { nodes { operation actor } } }');
      const operations = new Set(log.data?.complaintsAuditLog.nodes.map((entry) => `${entry.operation} by ${entry.actor}`));
      for (const expected of [
        'acceptComplaint by furong-lead-e2e', 'refuseComplaint by furong-lead-e2e', 'addComplaintProgress by furong-lead-e2e', 'concludeComplaint by furong-lead-e2e',
        'recordImpersonationClue by nanshan-lead-e2e', 'issueWarningLetter by nanshan-lead-e2e', 'recordLetterFeedback by nanshan-amr-e2e', 'recordClueFeedback by nanshan-amr-e2e',
      ]) expect(operations).toContain(expected);
    });

    it('refuses feedback from another regulator (NOT_FOUND), a lead unit (FORBIDDEN) and on an entity the letter does not name (BAD_USER_INPUT)', async () => {
      expect(codes(await act(FEEDBACK, { letterId, uscc: X, finding: 'SUBSTANTIATED' }, NANSHAN_TAX))).toEqual(['NOT_FOUND']);
      expect(codes(await act(FEEDBACK, { letterId, uscc: X, finding: 'SUBSTANTIATED' }, NANSHAN))).toEqual(['FORBIDDEN']);
      const other = await act(FEEDBACK, { letterId, uscc: A, finding: 'SUBSTANTIATED' }, NANSHAN_MARKET);
      expect(codes(other)).toEqual(['BAD_USER_INPUT']);
      expect(other.errors?.[0].extensions?.field).toBe('uscc');
    });

    it('accepts and records clues while records is down (not yet collected, still counted), and delivers each exactly once when records is back', async () => {
      const before = (await cluesOf(Y))?.impersonationClues.length ?? 0;
      const id = await submitted(impersonation(Y, { content: '再次举报。' }));
      const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
      await system.subgraphs.records.pause();
      try {
        expect(codes(await act(ACCEPT, { id }, NANSHAN))).toBeUndefined();
        const recorded = await act<{ recordImpersonationClue: { collected: boolean } }>(RECORD_CLUE, { input: { region: '440305', subjectUscc: Y, subjectName: '某', description: '线索。', source: '监测' } }, NANSHAN);
        expect(recorded.errors).toBeUndefined();
        expect(recorded.data?.recordImpersonationClue.collected).toBe(false);
        expect(await statusOf(id)).toBe('ACCEPTED');
        const pending = await cluesOf(Y);
        expect(pending?.impersonationClues.slice(before).map((clue) => clue.collected)).toEqual([false, false]);
        // Accepted but not yet in records: the entity may not leave the ledger on them.
        expect(pending?.allCluesSentOn).toBe(false);
        expect(await system.subgraphs.complaints.dataSource.getRepository(OutboxEntity).countBy({ status: 'PENDING' })).toBe(2);
      } finally {
        await system.subgraphs.records.resume();
        warn.mockRestore();
      }
      await flushOutbox(system.subgraphs.complaints.dataSource);
      await flushOutbox(system.subgraphs.complaints.dataSource);
      const y = await cluesOf(Y);
      expect(y?.impersonationClues.map((clue) => clue.collected)).toEqual(Array(before + 2).fill(true));
      expect(y?.allCluesSentOn).toBe(false);
      const inRecords = await system.subgraphs.records.dataSource.query("SELECT sourceKey FROM dishonesty_record WHERE uscc = ? AND kind = 'IMPERSONATION_CLUE'", [Y]);
      expect(inRecords).toHaveLength(before + 2);
      expect(await system.subgraphs.complaints.dataSource.getRepository(OutboxEntity).countBy({ status: 'PENDING' })).toBe(0);
    });
  });
});
