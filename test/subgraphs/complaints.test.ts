import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { complaintsSubgraph } from '../../subgraphs/complaints/complaintsSubgraph';
import { ClueEntity } from '../../subgraphs/complaints/entities/ClueEntity';
import { ComplaintEntity } from '../../subgraphs/complaints/entities/ComplaintEntity';
import { ComplaintEventEntity } from '../../subgraphs/complaints/entities/ComplaintEventEntity';
import { LetterFeedbackEntity } from '../../subgraphs/complaints/entities/LetterFeedbackEntity';
import { WarningLetterEntity } from '../../subgraphs/complaints/entities/WarningLetterEntity';
import { DEVELOPMENT_TOKEN_SECRET, readTokenSecret } from '../../subgraphs/complaints/tokens/tokenSecret';
import { demoAnonymousSubject, demoDay, demoEntities } from '../../subgraphs/kit/demo/demoCast';
import { canonicalSubmission, submissionHash } from '../../subgraphs/complaints/inputs/validateSubmitComplaint';
import { EncryptComplaintsPersonalData1764600000000 } from '../../subgraphs/complaints/migrations/EncryptComplaintsPersonalData1764600000000';
import { createDataSource } from '../../subgraphs/kit/data/createDataSource';
import { AuditEntryEntity } from '../../subgraphs/kit/audit/AuditEntryEntity';
import { personalDataCipher } from '../../subgraphs/kit/crypto/personalData';
import type { Identity } from '../../subgraphs/kit/identity/identity';
import { regionCovers } from '../../subgraphs/kit/scalars/regionCode';
import { NATIONAL_REGULATOR, startTestSubgraph, type TestSubgraph } from '../support/startTestSubgraph';
import { createTestStorage, testDrivers, type TestStorage } from '../support/testStorage';
import { badUscc, uscc } from '../support/uscc';

const A = uscc('91430102MA4L10001');
const B = uscc('91110105MA0100002');
const IMPOSTOR = uscc('91440305MA5F10003');

const SUBMIT = `mutation ($input: SubmitComplaintInput!, $key: String!) {
  submitComplaint(input: $input, idempotencyKey: $key) { trackingNumber token status submittedAt acceptDueAt }
}`;

const STATUS = `query ($n: String!, $t: String!) {
  complaintStatus(trackingNumber: $n, token: $t) { trackingNumber category status submittedAt acceptDueAt events { status at note } }
}`;

interface Receipt {
  trackingNumber: string;
  token: string;
  status: string;
  submittedAt: string;
  acceptDueAt: string;
}

type Input = Record<string, unknown>;

const complaintAbout = (subjectUscc: string | null, override: Input = {}): Input => ({
  category: 'FALSE_DISCLOSURE',
  region: '430102',
  subjectUscc,
  subjectName: '某征信服务有限公司',
  content: '公示的收费标准与实际收费不符。',
  complainant: { name: '张三', phone: '13800138000', email: 'zhang.san@example.com' },
  ...override,
});

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const SHENZHEN_LEAD_UNIT: Identity = { role: 'LEAD_UNIT', subject: 'shenzhen-lead-1', region: '440300' };

describe.each(testDrivers())('complaints subgraph on %s', (driver) => {
  let storage: TestStorage;
  let subgraph: TestSubgraph;
  let clock = demoDay('2021-09-30');
  let keys = 0;
  const nextKey = () => `test-key-${(keys += 1).toString().padStart(4, '0')}`;

  const submit = async (input: Input, key = nextKey()) => {
    const result = await subgraph.request<{ submitComplaint: Receipt }>(SUBMIT, { input, key });
    return { receipt: result.data?.submitComplaint, errors: result.errors };
  };
  const stored = async () => ({
    complaints: await subgraph.dataSource.getRepository(ComplaintEntity).count(),
    events: await subgraph.dataSource.getRepository(ComplaintEventEntity).count(),
    clues: await subgraph.dataSource.getRepository(ClueEntity).count(),
  });

  beforeAll(async () => {
    storage = createTestStorage(driver);
    subgraph = await startTestSubgraph(complaintsSubgraph, storage.storageFor('complaints'), { now: () => clock });
  });

  afterAll(async () => {
    await subgraph.close();
    await storage.cleanup();
  });

  describe('submitting and tracking', () => {
    let first: Receipt;

    beforeAll(async () => {
      clock = demoDay('2021-09-30');
      const { receipt, errors } = await submit(complaintAbout(A));
      expect(errors).toBeUndefined();
      if (!receipt) throw new Error('no receipt');
      first = receipt;
    });

    it('returns a receipt with an unguessable tracking number, a token and the acceptance deadline in working days', () => {
      expect(first.trackingNumber).toMatch(/^TS20210930[0-9A-HJKMNP-TV-Z]{10}$/);
      expect(first.token.length).toBeGreaterThanOrEqual(40);
      expect(first.status).toBe('SUBMITTED');
      expect(first.submittedAt).toBe('2021-09-30T10:00:00.000+08:00');
      // 7 working days after 30 Sept 2021: 8 Oct, Saturday 9 Oct (adjusted working day), 11–15 Oct.
      expect(first.acceptDueAt).toBe('2021-10-15T23:59:59.999+08:00');
    });

    it('stores the token only as its SHA-256 hash', async () => {
      const row = await subgraph.dataSource.getRepository(ComplaintEntity).findOneByOrFail({ trackingNumber: first.trackingNumber });
      expect(row.tokenHash).toBe(sha256(first.token));
      expect(JSON.stringify(row)).not.toContain(first.token);
    });

    it('shows the status to whoever holds the tracking number and the token', async () => {
      const result = await subgraph.request(STATUS, { n: first.trackingNumber, t: first.token });
      expect(result.data).toEqual({
        complaintStatus: {
          trackingNumber: first.trackingNumber, category: 'FALSE_DISCLOSURE', status: 'SUBMITTED',
          submittedAt: first.submittedAt, acceptDueAt: first.acceptDueAt,
          events: [{ status: 'SUBMITTED', at: first.submittedAt, note: null }],
        },
      });
      const typed = first.trackingNumber.toLowerCase().replace(/^(.{10})/, '$1-');
      expect((await subgraph.request(STATUS, { n: typed, t: first.token })).data).toMatchObject({ complaintStatus: { trackingNumber: first.trackingNumber } });
    });

    it('finds the complaint when the tracking number or the token comes with surrounding spaces (pasted or typed)', async () => {
      for (const [n, t] of [
        [` ${first.trackingNumber} `, first.token],
        [first.trackingNumber, ` ${first.token}\n`],
        [`\t${first.trackingNumber.toLowerCase()}\u3000`, `\u3000${first.token} `],
      ]) {
        const result = await subgraph.request(STATUS, { n, t });
        expect(result.errors).toBeUndefined();
        expect(result.data).toMatchObject({ complaintStatus: { trackingNumber: first.trackingNumber } });
      }
      const inner = await subgraph.request(STATUS, { n: first.trackingNumber, t: `${first.token.slice(0, 5)} ${first.token.slice(5)}` });
      expect(inner).toEqual({ data: { complaintStatus: null } });
    });

    it('gives the same answer (null, no error) for a wrong token and an unknown tracking number', async () => {
      const wrongToken = await subgraph.request(STATUS, { n: first.trackingNumber, t: `${first.token.slice(0, -1)}x` });
      const unknown = await subgraph.request(STATUS, { n: 'TS20210930ABCDEFGHJK', t: first.token });
      const nonsense = await subgraph.request(STATUS, { n: "' OR 1=1 --", t: '' });
      for (const result of [wrongToken, unknown, nonsense]) expect(result).toEqual({ data: { complaintStatus: null } });
    });

    it('answers a retry with the same key and content with the same receipt, stored once', async () => {
      const key = nextKey();
      const before = await stored();
      const one = await submit(complaintAbout(B, { region: '110105' }), key);
      clock = demoDay('2021-09-30', '10:05:00');
      const again = await submit(complaintAbout(B, { region: '110105', content: '  公示的收费标准与实际收费不符。 ' }), key);
      expect(again.receipt).toEqual(one.receipt);
      expect(await stored()).toEqual({ ...before, complaints: before.complaints + 1, events: before.events + 1 });
    });

    it('refuses other content under a used key as a CONFLICT and stores nothing', async () => {
      const key = nextKey();
      await submit(complaintAbout(B, { region: '110105' }), key);
      const before = await stored();
      const other = await submit(complaintAbout(B, { region: '110105', content: '另一件事。' }), key);
      expect(other.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(await stored()).toEqual(before);
    });

    it('stores concurrent retries of one submission once', async () => {
      const key = nextKey();
      const before = await stored();
      const results = await Promise.all([1, 2, 3, 4].map(() => submit(complaintAbout(A), key)));
      for (const result of results) expect(result.errors).toBeUndefined();
      expect(new Set(results.map((result) => result.receipt?.token)).size).toBe(1);
      expect(new Set(results.map((result) => result.receipt?.trackingNumber)).size).toBe(1);
      expect(await stored()).toEqual({ ...before, complaints: before.complaints + 1, events: before.events + 1 });
    });
  });

  describe('bad input', () => {
    it.each([
      ['empty content', { content: '   ' }, 'input.content'],
      ['content over 5000 characters', { content: '字'.repeat(5001) }, 'input.content'],
      ['an empty subject name', { subjectName: '' }, 'input.subjectName'],
      ['an impersonation report naming neither USCC nor identifier', { category: 'IMPERSONATION', subjectUscc: null, subjectIdentifiers: [' '] }, 'input.subjectIdentifiers'],
      ['a complainant without a name', { complainant: { name: ' ' } }, 'input.complainant.name'],
      ['a phone number that is not one', { complainant: { name: '张三', phone: '12345' } }, 'input.complainant.phone'],
      ['an email address that is not one', { complainant: { name: '张三', email: 'zhang@' } }, 'input.complainant.email'],
    ])('refuses %s, naming the field, and stores nothing', async (_case, override, field) => {
      const before = await stored();
      const { errors } = await submit(complaintAbout(A, override));
      expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await stored()).toEqual(before);
    });

    it.each([
      ['too short', 'short'],
      ['with a space', 'key with space'],
      ['too long', 'k'.repeat(101)],
    ])('refuses an idempotency key %s', async (_case, key) => {
      const before = await stored();
      const { errors } = await submit(complaintAbout(A), key);
      expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idempotencyKey' });
      expect(await stored()).toEqual(before);
    });

    it.each([
      ['a USCC with a wrong check character', { subjectUscc: badUscc('91430102MA4L10009') }],
      ['a region that is not 6 digits', { region: '4301' }],
      ['an unknown category', { category: 'GOSSIP' }],
    ])('refuses %s before anything runs', async (_case, override) => {
      const before = await stored();
      const { errors } = await submit(complaintAbout(A, override));
      expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(await stored()).toEqual(before);
    });
  });

  describe('impersonation clues and warning letters', () => {
    let complaintId: string;
    let anonymousId: string;
    let letterId: number;

    beforeAll(async () => {
      clock = demoDay('2021-03-22');
      const impostor = await submit(complaintAbout(IMPOSTOR, { category: 'IMPERSONATION', region: '440305', subjectName: '深圳某信用修复咨询有限公司', content: '自称信用修复机构，收费后失联。' }));
      const anonymous = await submit(complaintAbout(null, {
        category: 'IMPERSONATION', region: '440305', subjectName: '“信用修复快速通道”',
        subjectIdentifiers: ['微信号 xyxf8888', ' ', 'www.xyxf-kuaisu.example'], content: '冒充信用服务机构。',
      }));
      const repository = subgraph.dataSource.getRepository(ComplaintEntity);
      complaintId = String((await repository.findOneByOrFail({ trackingNumber: impostor.receipt?.trackingNumber })).id);
      anonymousId = String((await repository.findOneByOrFail({ trackingNumber: anonymous.receipt?.trackingNumber })).id);
    });

    it('creates a clue with the complaint, linked to it', async () => {
      const result = await subgraph.request(`{ marketEntity(uscc: "${IMPOSTOR}") { impersonationClues { region subject { uscc } subjectName description reportedAt complaint { id category } warningLetter { id } collected record { id } } allCluesSentOn } }`);
      // Not collected until the complaint is accepted, so it does not yet hold up the entity's ledger exit.
      expect(result.data).toEqual({
        marketEntity: {
          impersonationClues: [{
            region: '440305', subject: { uscc: IMPOSTOR }, subjectName: '深圳某信用修复咨询有限公司', description: '自称信用修复机构，收费后失联。',
            reportedAt: '2021-03-22T10:00:00.000+08:00', complaint: { id: complaintId, category: 'IMPERSONATION' }, warningLetter: null, collected: false, record: null,
          }],
          allCluesSentOn: true,
        },
      });
      await subgraph.dataSource.getRepository(ClueEntity).update({ complaintId: Number(complaintId) }, { acceptedAt: demoDay('2021-03-23'), collectedAt: demoDay('2021-03-23'), recordId: '41' });
      const collected = await subgraph.request(`{ marketEntity(uscc: "${IMPOSTOR}") { impersonationClues { collected record { id } } allCluesSentOn } }`);
      expect(collected.data).toEqual({ marketEntity: { impersonationClues: [{ collected: true, record: { id: '41' } }], allCluesSentOn: false } });
    });

    it('keeps a subject without a USCC by its name and identifiers (as its handler sees it)', async () => {
      const result = await subgraph.request(`query ($id: ID!) { complaint(id: $id) { id subject { uscc } subjectName subjectIdentifiers complainant { name phone email } events { status } } }`, { id: anonymousId }, { identity: SHENZHEN_LEAD_UNIT });
      expect(result.data).toEqual({
        complaint: {
          id: anonymousId, subject: null, subjectName: '“信用修复快速通道”', subjectIdentifiers: ['微信号 xyxf8888', 'www.xyxf-kuaisu.example'],
          complainant: { name: '张三', phone: '13800138000', email: 'zhang.san@example.com' }, events: [{ status: 'SUBMITTED' }],
        },
      });
      const clue = await subgraph.dataSource.getRepository(ClueEntity).findOneByOrFail({ complaintId: Number(anonymousId) });
      expect(clue).toMatchObject({ uscc: null, subjectIdentifiers: ['微信号 xyxf8888', 'www.xyxf-kuaisu.example'], warningLetterId: null });
    });

    it('counts an entity whose clues are all sent on in a warning letter, and one with no clues, as sent on', async () => {
      const letter = await subgraph.dataSource.getRepository(WarningLetterEntity).save({
        documentNumber: '深南信用函[2021]3号', documentNumberKey: '深南信用函〔2021〕3号', region: '440305',
        issuingUnit: '南山区社会信用体系建设牵头单位', recipient: '深圳市南山区市场监督管理局', recipientRegion: '440305', sector: '市场监管',
        issuedAt: demoDay('2021-04-15'), contactName: '林晓', contactPhone: '0755-26651234',
      });
      letterId = letter.id;
      await subgraph.dataSource.getRepository(ClueEntity).update({ complaintId: Number(complaintId) }, { warningLetterId: letter.id });
      await subgraph.dataSource.getRepository(ClueEntity).update({ complaintId: Number(anonymousId) }, { warningLetterId: letter.id });
      await subgraph.dataSource.getRepository(LetterFeedbackEntity).save({
        letterId: letter.id, uscc: IMPOSTOR, finding: 'SUBSTANTIATED', note: '经查属实', recordedAt: demoDay('2021-05-10'),
      });
      const result = await subgraph.request(`query ($r: [_Any!]!) { _entities(representations: $r) { ... on MarketEntity { uscc allCluesSentOn } } }`, {
        r: [{ __typename: 'MarketEntity', uscc: IMPOSTOR }, { __typename: 'MarketEntity', uscc: B }],
      });
      expect(result.data).toEqual({ _entities: [{ uscc: IMPOSTOR, allCluesSentOn: true }, { uscc: B, allCluesSentOn: true }] });
    });

    it('derives a letter\'s counts and entities from its clues, with the regulator\'s feedback', async () => {
      const result = await subgraph.request(`{ warningLetters(filter: { region: "440000", sector: "市场监管" }) { totalCount nodes {
        documentNumber clueCount entityCount entities { uscc } clues { subjectName warningLetter { recipient } }
        feedback { subject { uscc } finding note recordedAt } } } }`);
      expect(result.data).toEqual({
        warningLetters: {
          totalCount: 1,
          nodes: [{
            documentNumber: '深南信用函[2021]3号', clueCount: 2, entityCount: 1, entities: [{ uscc: IMPOSTOR }],
            clues: [
              { subjectName: '深圳某信用修复咨询有限公司', warningLetter: { recipient: '深圳市南山区市场监督管理局' } },
              { subjectName: '“信用修复快速通道”', warningLetter: { recipient: '深圳市南山区市场监督管理局' } },
            ],
            feedback: [{ subject: { uscc: IMPOSTOR }, finding: 'SUBSTANTIATED', note: '经查属实', recordedAt: '2021-05-10T10:00:00.000+08:00' }],
          }],
        },
      });
    });

    it('filters letters by the recipient\'s region, cut by level, and by sector', async () => {
      const count = async (filter: string) =>
        (await subgraph.request<{ warningLetters: { totalCount: number } }>(`{ warningLetters(filter: ${filter}) { totalCount } }`)).data?.warningLetters.totalCount;
      expect(await count('{ recipientRegion: "440300" }')).toBe(1);
      expect(await count('{ recipientRegion: "440306" }')).toBe(0);
      expect(await count('{ region: "430000" }')).toBe(0);
      expect(await count('{ sector: "税务" }')).toBe(0);
    });

    it('resolves complaints and letters by key through _entities, unknown keys as null', async () => {
      const result = await subgraph.request(`query ($r: [_Any!]!) { _entities(representations: $r) {
        ... on Complaint { id trackingNumber status }
        ... on WarningLetter { id documentNumber clueCount } } }`, {
        r: [
          { __typename: 'Complaint', id: complaintId },
          { __typename: 'Complaint', id: '999999' },
          { __typename: 'Complaint', id: 'not-an-id' },
          { __typename: 'WarningLetter', id: String(letterId) },
          { __typename: 'WarningLetter', id: '999999' },
        ],
      });
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ _entities: [
        { id: complaintId, trackingNumber: expect.stringMatching(/^TS20210322/), status: 'SUBMITTED' },
        null,
        null,
        { id: String(letterId), documentNumber: '深南信用函[2021]3号', clueCount: 2 },
        null,
      ] });
    });
  });

  describe('lists', () => {
    it('lists complaints newest first, filtered by region cut by level, status, category and USCC', async () => {
      const list = async (filter: string) =>
        (await subgraph.request<{ complaints: { totalCount: number; nodes: { region: string; category: string; subject: { uscc: string } | null }[] } }>(
          `{ complaints(filter: ${filter}, first: 100) { totalCount nodes { id region category subject { uscc } } } }`,
        )).data?.complaints;
      const hunan = await list('{ region: "430000" }');
      expect(hunan?.totalCount).toBeGreaterThan(0);
      expect(hunan?.nodes.every((node) => node.region.startsWith('43'))).toBe(true);
      expect((await list('{ region: "430100" }'))?.totalCount).toBe(hunan?.totalCount);
      expect((await list('{ region: "430103" }'))?.totalCount).toBe(0);
      const impersonation = await list('{ category: [IMPERSONATION], status: [SUBMITTED] }');
      expect(impersonation?.totalCount).toBe(2);
      expect((await list(`{ uscc: "${IMPOSTOR}" }`))?.nodes).toEqual([{ id: expect.any(String), region: '440305', category: 'IMPERSONATION', subject: { uscc: IMPOSTOR } }]);
      const all = await subgraph.request<{ complaints: { nodes: { id: string }[] } }>('{ complaints(first: 100) { nodes { id } } }');
      const ids = all.data?.complaints.nodes.map((node) => Number(node.id)) ?? [];
      expect(ids).toEqual([...ids].sort((x, y) => y - x));
    });

    it('pages with first/after and refuses a page too large', async () => {
      const page1 = await subgraph.request<{ complaints: { pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { id: string }[] } }>(
        '{ complaints(first: 2) { pageInfo { hasNextPage endCursor } nodes { id } } }',
      );
      expect(page1.data?.complaints.pageInfo.hasNextPage).toBe(true);
      const page2 = await subgraph.request<{ complaints: { nodes: { id: string }[] } }>('query ($after: String) { complaints(first: 2, after: $after) { nodes { id } } }', {
        after: page1.data?.complaints.pageInfo.endCursor,
      });
      const last = Number(page1.data?.complaints.nodes[1].id);
      expect(page2.data?.complaints.nodes.every((node) => Number(node.id) < last)).toBe(true);
      const tooMany = await subgraph.request('{ complaints(first: 1000) { totalCount } }');
      expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      const badCursor = await subgraph.request('{ complaints(after: "nonsense") { totalCount } }');
      expect(badCursor.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    });

    it("pages each market entity's complaints in one windowed batch, with its count", async () => {
      const query = `query ($r: [_Any!]!, $after: String) { _entities(representations: $r) { ... on MarketEntity {
        uscc complaintCount complaints(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id subject { uscc } events { status } } } } } }`;
      type Page = { _entities: { uscc: string; complaintCount: number; complaints: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: { id: string }[] } }[] };
      const stranger = uscc('91440300MA5F19994');
      const result = await subgraph.request<Page>(query, { r: [A, stranger].map((code) => ({ __typename: 'MarketEntity', uscc: code })) });
      const [a, none] = result.data?._entities ?? [];
      expect(a.complaintCount).toBeGreaterThan(1);
      expect(a.complaints).toMatchObject({ totalCount: a.complaintCount, pageInfo: { hasNextPage: true } });
      expect(none).toEqual({ uscc: stranger, complaintCount: 0, complaints: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] } });
      const next = await subgraph.request<Page>(query, { r: [{ __typename: 'MarketEntity', uscc: A }], after: a.complaints.pageInfo.endCursor });
      expect(Number(next.data?._entities[0].complaints.nodes[0].id)).toBeLessThan(Number(a.complaints.nodes[0].id));
    });

    it('costs the same number of SQL statements for 2 or 20 market entities', async () => {
      const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on MarketEntity {
        complaintCount allCluesSentOn impersonationClues { complaint { id } warningLetter { feedback { finding } } }
        complaints(first: 2) { nodes { events { status } } } } } }`;
      const statementsFor = async (count: number) => {
        const others = Array.from({ length: count - 2 }, (_, i) => uscc(`91440300MA5F2${String(i).padStart(4, '0')}`));
        const r = [A, IMPOSTOR, ...others].map((code) => ({ __typename: 'MarketEntity', uscc: code }));
        subgraph.statements.reset();
        const result = await subgraph.request(query, { r });
        expect(result.errors).toBeUndefined();
        return subgraph.statements.count;
      };
      expect(await statementsFor(20)).toBe(await statementsFor(2));
    });
  });

  describe('who sees what (docs/authorization.md, complaints)', () => {
    const callers = {
      hunan: { role: 'LEAD_UNIT', subject: 'hunan-lead-1', region: '430000' },
      changsha: { role: 'LEAD_UNIT', subject: 'changsha-lead-1', region: '430100' },
      furong: { role: 'LEAD_UNIT', subject: 'furong-lead-1', region: '430102' },
      yuelu: { role: 'LEAD_UNIT', subject: 'yuelu-lead-1', region: '430104' },
      beijing: { role: 'LEAD_UNIT', subject: 'beijing-lead-1', region: '110000' },
      shenzhen: SHENZHEN_LEAD_UNIT,
      nanshan: { role: 'LEAD_UNIT', subject: 'nanshan-lead-1', region: '440305' },
      nanshanMarket: { role: 'INDUSTRY_REGULATOR', subject: 'nanshan-amr-1', region: '440305', sector: '市场监管' },
      nanshanTax: { role: 'INDUSTRY_REGULATOR', subject: 'nanshan-tax-1', region: '440305', sector: '税务' },
      futianMarket: { role: 'INDUSTRY_REGULATOR', subject: 'futian-amr-1', region: '440304', sector: '市场监管' },
      court: { role: 'COURT', subject: 'furong-court-1', court: '湘0102' },
      institution: { role: 'INSTITUTION', subject: 'a-admin', uscc: A },
      service: { role: 'SERVICE', subject: 'service:records', service: 'records' },
      public: { role: 'PUBLIC', subject: '', clientAddress: '203.0.113.7' },
    } satisfies Record<string, Identity>;
    const FORBIDDEN_TO_COMPLAINTS = [callers.nanshanMarket, callers.court, callers.institution, callers.service, callers.public];
    const COMPLAINANT = { name: '欧阳晓红', phone: '13912345678', email: 'ouyang.xh@example.org' };
    const PERSON = { subjectName: '王某某（个人）', subjectIdentifiers: ['微信号 wang-private-88', '手机 13655556666'] };
    const STRAY = { subjectName: '李某某', subjectIdentifiers: ['QQ号 20210088'] };

    let furongId: string;
    let personId: string;
    let personClueId: string;
    let strayClueId: string;
    let letterId: string;

    const ask = <T = Record<string, unknown>>(as: Identity, query: string, variables?: Record<string, unknown>) =>
      subgraph.request<T>(query, variables, { identity: as });
    const codes = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.map((error) => error.extensions?.code);
    const raw = async (table: string, id: string, columns: string[]): Promise<Record<string, string | null>> => {
      const row = await subgraph.dataSource
        .createQueryBuilder()
        .select(columns.map((column) => `r.${column} AS ${column}`))
        .from(table, 'r')
        .where('r.id = :id', { id: Number(id) })
        .getRawOne<Record<string, string | null>>();
      if (!row) throw new Error(`no ${table} ${id}`);
      return row;
    };
    const readsOf = (objectType: string, objectId: string) =>
      subgraph.dataSource.getRepository(AuditEntryEntity).findBy({ operation: 'READ_PERSONAL_DATA', objectType, objectId });

    beforeAll(async () => {
      clock = demoDay('2021-10-08');
      const complaints = subgraph.dataSource.getRepository(ComplaintEntity);
      const idOf = async (trackingNumber: string | undefined) => String((await complaints.findOneByOrFail({ trackingNumber })).id);
      const furong = await subgraph.request<{ submitComplaint: Receipt }>(SUBMIT, { input: complaintAbout(A, { complainant: COMPLAINANT }), key: nextKey() }, { identity: callers.public });
      furongId = await idOf(furong.data?.submitComplaint.trackingNumber);
      const person = await submit(complaintAbout(null, { category: 'IMPERSONATION', region: '440305', ...PERSON, content: '冒充信用修复机构收费。', complainant: COMPLAINANT }));
      personId = await idOf(person.receipt?.trackingNumber);
      const clues = subgraph.dataSource.getRepository(ClueEntity);
      const letter = await subgraph.dataSource.getRepository(WarningLetterEntity).save({
        documentNumber: '深南信用函〔2021〕9号', documentNumberKey: '深南信用函〔2021〕9号', region: '440305',
        issuingUnit: '南山区社会信用体系建设牵头单位', recipient: '深圳市南山区市场监督管理局', recipientRegion: '440305', sector: '市场监管',
        issuedAt: demoDay('2021-10-09'), contactName: '林晓', contactPhone: '0755-26651234',
      });
      letterId = String(letter.id);
      const personClue = await clues.findOneByOrFail({ complaintId: Number(personId) });
      personClueId = String(personClue.id);
      await clues.update({ id: personClue.id }, { warningLetterId: letter.id });
      const stray = await clues.save({
        region: '440306', uscc: null, ...STRAY, description: '监测发现。', reportedAt: demoDay('2021-10-08'), complaintId: null, warningLetterId: letter.id,
      });
      strayClueId = String(stray.id);
    });

    it('stores the complainant and a subject without a USCC encrypted (the raw columns hold no clear text)', async () => {
      const complaint = await raw('complaint', personId, ['complainantName', 'complainantPhone', 'complainantEmail', 'subjectName', 'subjectIdentifiers', 'contentHash']);
      const clue = await raw('impersonation_clue', personClueId, ['subjectName', 'subjectIdentifiers']);
      const stored = JSON.stringify([complaint, clue]);
      for (const clear of [COMPLAINANT.name, COMPLAINANT.phone, COMPLAINANT.email, PERSON.subjectName, 'wang-private-88', '13655556666']) {
        expect(stored).not.toContain(clear);
      }
      for (const value of [complaint.complainantName, complaint.complainantPhone, complaint.complainantEmail, complaint.subjectName, complaint.subjectIdentifiers, clue.subjectName, clue.subjectIdentifiers]) {
        expect(value).toMatch(/^aes256gcm:/);
      }
      const cipher = personalDataCipher();
      expect(cipher.decrypt(complaint.complainantPhone ?? '')).toBe(COMPLAINANT.phone);
      expect(JSON.parse(cipher.decrypt(clue.subjectIdentifiers ?? ''))).toEqual(PERSON.subjectIdentifiers);
    });

    it('keys the content hash that recognises a retry, so it confirms no guess of the complainant', async () => {
      const { contentHash } = await raw('complaint', personId, ['contentHash']);
      const canonical = canonicalSubmission({
        category: 'IMPERSONATION', region: '440305', uscc: null, ...PERSON, content: '冒充信用修复机构收费。',
        complainant: { name: COMPLAINANT.name, phone: COMPLAINANT.phone, email: COMPLAINANT.email },
      });
      expect(contentHash).toMatch(/^[0-9a-f]{64}$/);
      expect(contentHash).not.toBe(sha256(canonical));
    });

    it('shows the complainant in clear only to the lead units covering the complaint, masked to the national regulator', async () => {
      const query = 'query ($id: ID!) { complaint(id: $id) { complainant { name phone email } } }';
      for (const handler of [callers.hunan, callers.changsha, callers.furong]) {
        expect((await ask(handler, query, { id: furongId })).data).toEqual({ complaint: { complainant: COMPLAINANT } });
      }
      const national = await subgraph.request(query, { id: furongId });
      expect(national.data).toEqual({ complaint: { complainant: { name: '欧***', phone: '139****5678', email: 'o***@example.org' } } });
    });

    it('logs each clear read (who, role, which complaint), and no masked one', async () => {
      const query = 'query ($id: ID!) { complaint(id: $id) { complainant { name } } }';
      const before = (await readsOf('Complaint', furongId)).length;
      await subgraph.request(query, { id: furongId });
      expect(await readsOf('Complaint', furongId)).toHaveLength(before);
      await ask(callers.changsha, query, { id: furongId });
      const reads = await readsOf('Complaint', furongId);
      expect(reads).toHaveLength(before + 1);
      expect(reads[reads.length - 1]).toMatchObject({ actor: 'changsha-lead-1', role: 'LEAD_UNIT', objectType: 'Complaint', objectId: furongId });
    });

    it('logs the clear reads of a page of complaints in one statement, however many it shows', async () => {
      const statementsFor = async (first: number) => {
        subgraph.statements.reset();
        const result = await ask<{ complaints: { nodes: unknown[] } }>(callers.hunan, `{ complaints(first: ${first}) { nodes { complainant { name phone email } } } }`);
        expect(result.errors).toBeUndefined();
        return { shown: result.data?.complaints.nodes.length, statements: subgraph.statements.count };
      };
      const one = await statementsFor(1);
      const all = await statementsFor(100);
      expect(one.shown).toBe(1);
      expect(all.shown).toBeGreaterThan(2);
      expect(all.statements).toBe(one.statements);
    });

    it("hides complaints out of a lead unit's region: null by id and in _entities, absent from lists and counts", async () => {
      const byId = 'query ($id: ID!) { complaint(id: $id) { id } }';
      const entities = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Complaint { id } } }';
      const counts = `{ complaints(first: 100) { totalCount nodes { region } } marketEntity(uscc: "${A}") { complaintCount complaints { totalCount } } }`;
      type Counts = { complaints: { totalCount: number; nodes: { region: string }[] }; marketEntity: { complaintCount: number; complaints: { totalCount: number } } };
      for (const outside of [callers.yuelu, callers.beijing, callers.shenzhen]) {
        expect(await ask(outside, byId, { id: furongId })).toEqual({ data: { complaint: null } });
        expect(await ask(outside, entities, { r: [{ __typename: 'Complaint', id: furongId }] })).toEqual({ data: { _entities: [null] } });
        const seen = await ask<Counts>(outside, counts);
        expect(seen.errors).toBeUndefined();
        expect(seen.data?.marketEntity).toEqual({ complaintCount: 0, complaints: { totalCount: 0 } });
        expect(seen.data?.complaints.nodes.every((node) => regionCovers(outside.region ?? '', node.region))).toBe(true);
        expect(seen.data?.complaints.totalCount).toBe(seen.data?.complaints.nodes.length);
      }
      const filteredOutside = await ask<Counts>(callers.beijing, '{ complaints(filter: { region: "430102" }) { totalCount } }');
      expect(filteredOutside.data).toEqual({ complaints: { totalCount: 0 } });
      const furong = await ask<Counts>(callers.furong, counts);
      expect(furong.data?.marketEntity.complaintCount).toBeGreaterThan(0);
      expect(furong.data?.marketEntity.complaints.totalCount).toBe(furong.data?.marketEntity.complaintCount);
      expect(await ask(callers.furong, entities, { r: [{ __typename: 'Complaint', id: furongId }] })).toEqual({ data: { _entities: [{ id: furongId }] } });
      const national = await subgraph.request<Counts>(counts);
      expect(national.data?.complaints.totalCount).toBeGreaterThan(furong.data?.complaints.totalCount ?? 0);
    });

    it('refuses complaints (FORBIDDEN) to every other role, the same for an existing and a missing complaint', async () => {
      for (const caller of FORBIDDEN_TO_COMPLAINTS) {
        for (const id of [furongId, '999999']) {
          expect(codes(await ask(caller, 'query ($id: ID!) { complaint(id: $id) { id } }', { id }))).toEqual(['FORBIDDEN']);
          expect(codes(await ask(caller, 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Complaint { id } } }', { r: [{ __typename: 'Complaint', id }] }))).toEqual(['FORBIDDEN']);
        }
        expect(codes(await ask(caller, '{ complaints { totalCount } }'))).toEqual(['FORBIDDEN']);
        for (const field of ['complaintCount', 'complaints { totalCount }', 'impersonationClues { id }']) {
          expect(codes(await ask(caller, `{ marketEntity(uscc: "${A}") { ${field} } }`))).toEqual(['FORBIDDEN']);
        }
      }
    });

    it('tells whether the clues about an entity were sent on to the national regulator, lead units (their region), services and the entity itself only', async () => {
      const query = `{ marketEntity(uscc: "${IMPOSTOR}") { allCluesSentOn } }`;
      const national = await subgraph.request(query);
      expect(national.data).toEqual({ marketEntity: { allCluesSentOn: true } });
      expect((await ask(callers.service, query)).data).toEqual(national.data);
      expect((await ask(callers.shenzhen, query)).data).toEqual(national.data);
      expect((await ask(callers.beijing, query)).data).toEqual({ marketEntity: { allCluesSentOn: true } });
      const beijingClue = await subgraph.dataSource.getRepository(ClueEntity).save({
        region: '110105', uscc: IMPOSTOR, subjectName: '深圳某信用修复咨询有限公司', subjectIdentifiers: [], description: '北京发现。', reportedAt: demoDay('2021-10-08'), complaintId: null, warningLetterId: null, acceptedAt: demoDay('2021-10-08'), collectedAt: demoDay('2021-10-08'),
      });
      expect((await ask(callers.beijing, query)).data).toEqual({ marketEntity: { allCluesSentOn: false } });
      expect((await ask(callers.shenzhen, query)).data).toEqual({ marketEntity: { allCluesSentOn: true } });
      expect((await ask(callers.service, query)).data).toEqual({ marketEntity: { allCluesSentOn: false } });
      // The entity itself sees what blocks its exit; another institution has no clues about it in its scope.
      expect((await ask({ ...callers.institution, uscc: IMPOSTOR }, query)).data).toEqual({ marketEntity: { allCluesSentOn: false } });
      expect((await ask(callers.institution, query)).data).toEqual({ marketEntity: { allCluesSentOn: true } });
      await subgraph.dataSource.getRepository(ClueEntity).delete({ id: beijingClue.id });
      for (const caller of [callers.nanshanMarket, callers.court, callers.public]) {
        expect(codes(await ask(caller, query))).toEqual(['FORBIDDEN']);
      }
    });

    it('shows letters to the issuing lead unit and the industry regulator they are addressed to (region and sector), in lists and _entities', async () => {
      const list = '{ warningLetters(first: 100) { totalCount nodes { id } } }';
      const entities = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on WarningLetter { id } } }';
      const ids = async (caller: Identity) => (await ask<{ warningLetters: { nodes: { id: string }[] } }>(caller, list)).data?.warningLetters.nodes.map((node) => node.id);
      const all = await ids(NATIONAL_REGULATOR);
      expect(all).toContain(letterId);
      for (const inside of [callers.nanshan, callers.shenzhen, callers.nanshanMarket]) {
        expect(await ids(inside)).toEqual(all);
        expect((await ask(inside, entities, { r: [{ __typename: 'WarningLetter', id: letterId }] })).data).toEqual({ _entities: [{ id: letterId }] });
      }
      for (const outside of [callers.hunan, callers.nanshanTax, callers.futianMarket]) {
        expect(await ids(outside)).toEqual([]);
        expect(await ask(outside, entities, { r: [{ __typename: 'WarningLetter', id: letterId }] })).toEqual({ data: { _entities: [null] } });
      }
      const narrowed = await ask(callers.nanshanMarket, '{ warningLetters(filter: { sector: "税务" }) { totalCount } }');
      expect(narrowed.data).toEqual({ warningLetters: { totalCount: 0 } });
      for (const caller of [callers.court, callers.institution, callers.service, callers.public]) {
        expect(codes(await ask(caller, list))).toEqual(['FORBIDDEN']);
        expect(codes(await ask(caller, entities, { r: [{ __typename: 'WarningLetter', id: letterId }] }))).toEqual(['FORBIDDEN']);
      }
    });

    it('shows a subject without a USCC in clear to its handlers, logged, and masked to others', async () => {
      const query = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on WarningLetter { clues { id subjectName subjectIdentifiers } } } }';
      const cluesAs = async (caller: Identity) => {
        const result = await ask<{ _entities: { clues: { id: string; subjectName: string; subjectIdentifiers: string[] }[] }[] }>(caller, query, { r: [{ __typename: 'WarningLetter', id: letterId }] });
        expect(result.errors).toBeUndefined();
        return new Map(result.data?._entities[0].clues.map(({ id, ...subject }) => [id, subject]));
      };
      const person = { subjectName: PERSON.subjectName, subjectIdentifiers: PERSON.subjectIdentifiers };
      const stray = { subjectName: STRAY.subjectName, subjectIdentifiers: STRAY.subjectIdentifiers };
      const national = await cluesAs(NATIONAL_REGULATOR);
      expect([national.get(personClueId), national.get(strayClueId)]).toEqual([person, stray]);
      const regulator = await cluesAs(callers.nanshanMarket);
      expect([regulator.get(personClueId), regulator.get(strayClueId)]).toEqual([person, stray]);
      const issuer = await cluesAs(callers.nanshan);
      expect(issuer.get(personClueId)).toEqual(person);
      expect(issuer.get(strayClueId)).toEqual({ subjectName: '李**', subjectIdentifiers: ['QQ号 2***'] });
      const reads = await readsOf('ImpersonationClue', personClueId);
      expect(reads.map((read) => read.actor)).toEqual(expect.arrayContaining(['test-national-regulator', 'nanshan-amr-1', 'nanshan-lead-1']));
      expect((await readsOf('ImpersonationClue', strayClueId)).map((read) => read.actor)).not.toContain('nanshan-lead-1');
      const complaintOfClue = await ask(callers.nanshanMarket, 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on WarningLetter { clues { complaint { id } } } } }', { r: [{ __typename: 'WarningLetter', id: letterId }] });
      expect(codes(complaintOfClue)).toContain('FORBIDDEN');
      const complaint = await ask(callers.nanshan, 'query ($id: ID!) { complaint(id: $id) { subjectName subjectIdentifiers } }', { id: personId });
      expect(complaint.data).toEqual({ complaint: person });
    });

    it('writes an audit entry with each submission in its transaction (who, role, operation, object), without personal data; a retry or a refusal writes none', async () => {
      const entries = () => subgraph.dataSource.getRepository(AuditEntryEntity).findBy({ operation: 'submitComplaint' });
      const before = (await entries()).length;
      const key = nextKey();
      const input = complaintAbout(B, { region: '110105', complainant: COMPLAINANT });
      const first = await subgraph.request<{ submitComplaint: Receipt }>(SUBMIT, { input, key }, { identity: callers.public });
      await subgraph.request(SUBMIT, { input, key }, { identity: callers.public });
      await subgraph.request(SUBMIT, { input: complaintAbout(B, { content: ' ' }), key: nextKey() }, { identity: callers.public });
      const after = await entries();
      expect(after).toHaveLength(before + 1);
      const stored = await subgraph.dataSource.getRepository(ComplaintEntity).findOneByOrFail({ trackingNumber: first.data?.submitComplaint.trackingNumber });
      const entry = after[after.length - 1];
      expect(entry).toMatchObject({ actor: 'anonymous', role: 'PUBLIC', operation: 'submitComplaint', objectType: 'Complaint', objectId: String(stored.id), clientAddress: '203.0.113.7' });
      expect(entry.at.toISOString()).toBe(stored.submittedAt.toISOString());
      expect(entry.summary).toContain(stored.trackingNumber);
      expect(JSON.stringify(entry)).not.toMatch(new RegExp([COMPLAINANT.name, COMPLAINANT.phone, COMPLAINANT.email, '某征信服务有限公司'].join('|')));
      await ask(callers.furong, SUBMIT, { input: complaintAbout(A), key: nextKey() });
      expect((await entries()).pop()).toMatchObject({ actor: 'furong-lead-1', role: 'LEAD_UNIT' });
      const log = await subgraph.request<{ complaintsAuditLog: { nodes: { operation: string; objectId: string }[] } }>('{ complaintsAuditLog(first: 100) { nodes { operation objectId } } }');
      expect(log.data?.complaintsAuditLog.nodes).toContainEqual({ operation: 'submitComplaint', objectId: String(stored.id) });
      for (const caller of [callers.hunan, callers.nanshanMarket, callers.service, callers.public]) {
        expect(codes(await ask(caller, '{ complaintsAuditLog { totalCount } }'))).toEqual(['FORBIDDEN']);
      }
    });

    it('lets every role but a service submit a complaint, and every role look up its status', async () => {
      for (const caller of Object.values(callers).filter((identity) => identity.role !== 'SERVICE')) {
        const submitted = await ask<{ submitComplaint: Receipt }>(caller, SUBMIT, { input: complaintAbout(A), key: nextKey() });
        expect(submitted.errors).toBeUndefined();
        const receipt = submitted.data?.submitComplaint;
        const status = await ask(caller, STATUS, { n: receipt?.trackingNumber, t: receipt?.token });
        expect(status.data).toMatchObject({ complaintStatus: { trackingNumber: receipt?.trackingNumber, status: 'SUBMITTED' } });
      }
    });

    it('refuses a service submitting a complaint (FORBIDDEN), storing nothing; a service still looks up a status', async () => {
      const before = await stored();
      const refused = await ask(callers.service, SUBMIT, { input: complaintAbout(A), key: nextKey() });
      expect(codes(refused)).toEqual(['FORBIDDEN']);
      expect(refused.data).toEqual({ submitComplaint: null });
      expect(await stored()).toEqual(before);
      const submitted = await ask<{ submitComplaint: Receipt }>(callers.institution, SUBMIT, { input: complaintAbout(A), key: nextKey() });
      expect(submitted.errors).toBeUndefined();
      const receipt = submitted.data?.submitComplaint;
      const status = await ask(callers.service, STATUS, { n: receipt?.trackingNumber, t: receipt?.token });
      expect(status.data).toMatchObject({ complaintStatus: { trackingNumber: receipt?.trackingNumber, status: 'SUBMITTED' } });
    });
  });

  describe('upgrading a database whose personal data was stored in clear', () => {
    const before = complaintsSubgraph.migrations.slice(0, complaintsSubgraph.migrations.indexOf(EncryptComplaintsPersonalData1764600000000));
    const submission = {
      category: 'IMPERSONATION', region: '440305', uscc: null, subjectName: '张某（个人）', subjectIdentifiers: ['微信号 zhang-88'],
      content: '冒充信用服务机构。', complainant: { name: '赵六', phone: '13700001111', email: 'zhao.liu@example.com' },
    } as const;
    const clearValues = [submission.subjectName, 'zhang-88', submission.complainant.name, submission.complainant.phone, submission.complainant.email];
    let upgraded: DataSource;

    const rawRows = async (dataSource: DataSource) =>
      JSON.stringify([
        await dataSource.createQueryBuilder().select('*').from('complaint', 'c').getRawMany(),
        await dataSource.createQueryBuilder().select('*').from('impersonation_clue', 'c').getRawMany(),
      ]);

    beforeAll(async () => {
      const storageConfig = storage.storageFor('complaints_upgrade');
      const old = await createDataSource({ storage: storageConfig, entities: [], migrations: before });
      await old.runMigrations({ transaction: 'each' });
      const canonical = canonicalSubmission({ ...submission, subjectIdentifiers: [...submission.subjectIdentifiers] });
      const at = demoDay('2021-05-06');
      const inserted = await old.createQueryBuilder().insert().into('complaint').values({
        trackingNumber: 'TS20210506ABCDEFGHJK', tokenHash: sha256('token'), idempotencyKey: 'upgrade-key-1', contentHash: sha256(canonical),
        category: submission.category, status: 'SUBMITTED', region: submission.region, uscc: null, subjectName: submission.subjectName,
        subjectIdentifiers: JSON.stringify(submission.subjectIdentifiers), content: submission.content, complainantName: submission.complainant.name,
        complainantPhone: submission.complainant.phone, complainantEmail: submission.complainant.email, submittedAt: at, acceptDueAt: at,
      }).execute();
      await old.createQueryBuilder().insert().into('impersonation_clue').values({
        region: submission.region, uscc: null, subjectName: submission.subjectName, subjectIdentifiers: JSON.stringify(submission.subjectIdentifiers),
        description: submission.content, reportedAt: at, complaintId: Number(inserted.identifiers[0]?.id ?? 1), warningLetterId: null,
      }).execute();
      await old.destroy();
      upgraded = await createDataSource({ storage: storageConfig, entities: complaintsSubgraph.entities, migrations: complaintsSubgraph.migrations });
      await upgraded.runMigrations({ transaction: 'each' });
    });

    afterAll(async () => {
      await upgraded.destroy();
    });

    it('encrypts what was stored, reads it back in clear, and keys the content hash', async () => {
      const stored = await rawRows(upgraded);
      for (const clear of clearValues) expect(stored).not.toContain(clear);
      const complaint = await upgraded.getRepository(ComplaintEntity).findOneByOrFail({ idempotencyKey: 'upgrade-key-1' });
      expect(complaint).toMatchObject({
        subjectName: submission.subjectName, subjectIdentifiers: submission.subjectIdentifiers,
        complainantName: submission.complainant.name, complainantPhone: submission.complainant.phone, complainantEmail: submission.complainant.email,
        contentHash: submissionHash({ ...submission, subjectIdentifiers: [...submission.subjectIdentifiers] }),
      });
      const clue = await upgraded.getRepository(ClueEntity).findOneByOrFail({ complaintId: complaint.id });
      expect(clue).toMatchObject({ subjectName: submission.subjectName, subjectIdentifiers: submission.subjectIdentifiers });
    });

    it('keeps the tables\' indices and foreign keys, with the personal-data columns as text', async () => {
      const runner = upgraded.createQueryRunner();
      const [complaint, clue] = await Promise.all([runner.getTable('complaint'), runner.getTable('impersonation_clue')]).finally(() => runner.release());
      expect(complaint?.indices.map((index) => [index.columnNames.join(), index.isUnique]).sort()).toEqual([
        ['category', false], ['idempotencyKey', true], ['region', false], ['status,acceptDueAt', false], ['status', false], ['trackingNumber', true], ['uscc', false],
      ]);
      // Nullable since anonymous complaints (AddComplaintHandling1764800000000).
      for (const [name, isNullable] of [['complainantName', true], ['complainantPhone', true], ['complainantEmail', true], ['subjectName', false]] as const) {
        expect(complaint?.findColumnByName(name)).toMatchObject({ type: 'text', isNullable });
      }
      expect(clue?.findColumnByName('subjectName')).toMatchObject({ type: 'text', isNullable: false });
      expect(clue?.foreignKeys.map((key) => key.referencedTableName).sort()).toEqual(['complaint', 'warning_letter']);
    });

    it('takes new complaints with long personal data', async () => {
      const long = { ...submission, complainant: { name: '名'.repeat(100), phone: '0731-84822207-123456', email: `${'a'.repeat(240)}@example.com` }, subjectName: '某'.repeat(200) };
      const saved = await upgraded.getRepository(ComplaintEntity).save({
        trackingNumber: 'TS20210506ABCDEFGHJM', tokenHash: sha256('token2'), idempotencyKey: 'upgrade-key-2', contentHash: sha256('x'),
        category: long.category, status: 'SUBMITTED', region: long.region, uscc: null, subjectName: long.subjectName, subjectIdentifiers: ['网址 '.padEnd(200, 'x')],
        content: long.content, complainantName: long.complainant.name, complainantPhone: long.complainant.phone, complainantEmail: long.complainant.email,
        submittedAt: demoDay('2021-05-07'), acceptDueAt: demoDay('2021-05-07'),
      });
      expect(await upgraded.getRepository(ComplaintEntity).findOneByOrFail({ id: saved.id })).toMatchObject({ complainantName: long.complainant.name, complainantEmail: long.complainant.email });
      await upgraded.getRepository(ComplaintEntity).delete({ id: saved.id });
    });

    it('can be undone: the values in clear again, with the former hash', async () => {
      // The text's encryption (EncryptComplaintText1765200000000), the outbox (AddRecordsOutbox1765100000000), the handling columns (AddComplaintHandling1764800000000), then the encryption.
      await upgraded.undoLastMigration({ transaction: 'each' });
      await upgraded.undoLastMigration({ transaction: 'each' });
      await upgraded.undoLastMigration({ transaction: 'each' });
      await upgraded.undoLastMigration({ transaction: 'each' });
      const [complaint] = await upgraded.createQueryBuilder().select('*').from('complaint', 'c').getRawMany<Record<string, unknown>>();
      expect(complaint).toMatchObject({
        subjectName: submission.subjectName, complainantName: submission.complainant.name, complainantPhone: submission.complainant.phone,
        complainantEmail: submission.complainant.email, contentHash: sha256(canonicalSubmission({ ...submission, subjectIdentifiers: [...submission.subjectIdentifiers] })),
      });
      expect(JSON.parse(String(complaint.subjectIdentifiers))).toEqual(submission.subjectIdentifiers);
      await upgraded.runMigrations({ transaction: 'each' });
      expect(await rawRows(upgraded)).not.toContain(submission.complainant.phone);
    });
  });

  describe('demo data set', () => {
    let demo: TestSubgraph;

    beforeAll(async () => {
      demo = await startTestSubgraph(complaintsSubgraph, storage.storageFor('complaints_demo'));
      await complaintsSubgraph.seedDemo?.(demo.dataSource);
      await complaintsSubgraph.seedDemo?.(demo.dataSource);
    });

    afterAll(async () => {
      await demo.close();
    });

    it('covers every status and every category, with histories, once however often it is seeded', async () => {
      type Demo = { complaints: { totalCount: number; nodes: { status: string; category: string; subject: { uscc: string } | null; subjectIdentifiers: string[]; events: { status: string }[] }[] } };
      const result = await demo.request<Demo>('{ complaints(first: 100) { totalCount nodes { status category subject { uscc } subjectIdentifiers events { status } } } }');
      const nodes = result.data?.complaints.nodes ?? [];
      expect(result.data?.complaints.totalCount).toBe(8);
      expect(new Set(nodes.map((node) => node.status))).toEqual(new Set(['SUBMITTED', 'ACCEPTED', 'REFUSED', 'IN_PROGRESS', 'CONCLUDED']));
      expect(new Set(nodes.map((node) => node.category))).toEqual(new Set(['FALSE_DISCLOSURE', 'COMMITMENT_BREACH', 'IMPERSONATION', 'OTHER']));
      for (const node of nodes) {
        expect(node.events[0].status).toBe('SUBMITTED');
        expect(node.events[node.events.length - 1].status).toBe(node.status);
      }
      const subjects = new Set(nodes.map((node) => node.subject?.uscc ?? null));
      expect(subjects).toEqual(new Set([demoEntities.changshaCredit.uscc, demoEntities.beijingRating.uscc, demoEntities.shenzhenImpersonator.uscc, null]));
      expect(nodes.find((node) => !node.subject)?.subjectIdentifiers).toEqual(['微信号 xyxf8888', 'www.xyxf-kuaisu.example']);
    });

    it('has the anonymous subject’s complaint and clue where records has its clue record: the same name, identifiers and region', async () => {
      const result = await demo.request<{ warningLetters: { nodes: { clues: { region: string; subject: null | { uscc: string }; subjectName: string; subjectIdentifiers: string[]; complaint: { region: string; subjectName: string } | null }[] }[] } }>(
        '{ warningLetters { nodes { clues { region subject { uscc } subjectName subjectIdentifiers complaint { region subjectName } } } } }',
      );
      const anonymous = result.data?.warningLetters.nodes.flatMap((letter) => letter.clues).filter((clue) => !clue.subject);
      const { name, identifiers, region } = demoAnonymousSubject;
      expect(anonymous).toEqual([{ region, subject: null, subjectName: name, subjectIdentifiers: [...identifiers], complaint: { region, subjectName: name } }]);
      expect(region).toBe('440305');
    });

    it('has a monitored clue about 北京信达 (both kinds of target in records), not yet sent on', async () => {
      const result = await demo.request(`{ marketEntity(uscc: "${demoEntities.beijingRating.uscc}") { allCluesSentOn impersonationClues { region complaint { id } warningLetter { id } } } }`);
      expect(result.data).toEqual({ marketEntity: { allCluesSentOn: false, impersonationClues: [{ region: '110105', complaint: null, warningLetter: null }] } });
    });

    it("has the impersonator's clues, one not yet sent on, and two letters with both findings", async () => {
      const impostor = await demo.request(`{ marketEntity(uscc: "${demoEntities.shenzhenImpersonator.uscc}") { allCluesSentOn impersonationClues { warningLetter { documentNumber } } } }`);
      expect(impostor.data).toEqual({ marketEntity: { allCluesSentOn: false, impersonationClues: [
        { warningLetter: { documentNumber: '深南信用函〔2021〕3号' } }, { warningLetter: null }, { warningLetter: { documentNumber: '深南信用函〔2021〕5号' } },
      ] } });
      const letters = await demo.request(`{ warningLetters { nodes { documentNumber region recipient recipientRegion sector clueCount entityCount
        clues { subject { uscc } subjectIdentifiers } feedback { subject { uscc } finding } } } }`);
      const shenzhen = { uscc: demoEntities.shenzhenImpersonator.uscc };
      expect(letters.data).toEqual({ warningLetters: { nodes: [
        {
          documentNumber: '深南信用函〔2021〕5号', region: '440305', recipient: '深圳市南山区地方金融监督管理局', recipientRegion: '440305', sector: '地方金融监管',
          clueCount: 2, entityCount: 1,
          clues: [{ subject: null, subjectIdentifiers: ['微信号 xyxf8888', 'www.xyxf-kuaisu.example'] }, { subject: shenzhen, subjectIdentifiers: [] }],
          feedback: [{ subject: shenzhen, finding: 'UNFOUNDED' }],
        },
        {
          documentNumber: '深南信用函〔2021〕3号', region: '440305', recipient: '深圳市南山区市场监督管理局', recipientRegion: '440305', sector: '市场监管',
          clueCount: 1, entityCount: 1, clues: [{ subject: shenzhen, subjectIdentifiers: [] }],
          feedback: [{ subject: shenzhen, finding: 'SUBSTANTIATED' }],
        },
      ] } });
    });
  });
});

describe('the complaint token secret', () => {
  it('has a marked development default outside production', () => {
    expect(readTokenSecret({ NODE_ENV: 'development' })).toBe(DEVELOPMENT_TOKEN_SECRET);
    expect(DEVELOPMENT_TOKEN_SECRET).toMatch(/DEVELOPMENT-ONLY/);
  });

  it('must be configured in production', () => {
    expect(() => readTokenSecret({ NODE_ENV: 'production' })).toThrow(/COMPLAINT_TOKEN_SECRET/);
    expect(() => readTokenSecret({ NODE_ENV: 'production', COMPLAINT_TOKEN_SECRET: DEVELOPMENT_TOKEN_SECRET })).toThrow(/COMPLAINT_TOKEN_SECRET/);
    expect(() => readTokenSecret({ NODE_ENV: 'production', COMPLAINT_TOKEN_SECRET: 'short' })).toThrow(/at least/);
    expect(readTokenSecret({ NODE_ENV: 'production', COMPLAINT_TOKEN_SECRET: 'a-long-enough-production-secret' })).toBe('a-long-enough-production-secret');
  });
});
