import { demoEntities } from '../../subgraphs/kit/demo/demoCast';
import type { Identity } from '../../subgraphs/kit/identity/identity';
import { callers } from './matrix/matrixCase';
import { startTestSystem, type TestSystem } from '../support/startTestSystem';
import { testDrivers } from '../support/testStorage';

type Caller = Omit<Identity, 'clientAddress'> | null;

const { changshaCredit, shenzhenImpersonator } = demoEntities;

/** Distinctive complainants, so that any trace of them in a body is theirs. */
const CHANGSHA_COMPLAINANT = { name: '司马测试员', phone: '13987654321', email: 'sima.ceshi@example.net' };
const SHENZHEN_COMPLAINANT = { name: '欧阳见证人', phone: '0755-83214567', email: 'ouyang.jianzheng@example.org' };

/** The lead unit handling complaints in 440305 (no demo user covers Shenzhen). */
const SHENZHEN_LEAD_UNIT: Caller = { role: 'LEAD_UNIT', subject: 'shenzhen-lead-1', region: '440300' };

const SUBMIT = `mutation ($input: SubmitComplaintInput!, $key: String!) {
  submitComplaint(input: $input, idempotencyKey: $key) { trackingNumber token status submittedAt acceptDueAt }
}`;

const COMPLAINANT = 'complainant { name phone email }';

/** Every way complaints' data reaches a client: lists, by id, the hub directly and through _entities, clues, letters, the audit log. */
const questions = (ids: string[]): { query: string; variables?: Record<string, unknown> }[] => [
  { query: `{ complaints(first: 100) { nodes { id trackingNumber subjectName content ${COMPLAINANT} events { note } } } }` },
  ...ids.map((id) => ({ query: `query ($id: ID!) { complaint(id: $id) { id ${COMPLAINANT} } }`, variables: { id } })),
  ...[changshaCredit.uscc, shenzhenImpersonator.uscc].map((uscc) => ({
    query: `query ($uscc: USCC!) { marketEntity(uscc: $uscc) {
      complaintCount complaints(first: 50) { nodes { id ${COMPLAINANT} } }
      impersonationClues { subjectName description complaint { id ${COMPLAINANT} } }
    } }`,
    variables: { uscc },
  })),
  { query: `query ($uscc: USCC!) { institution(uscc: $uscc) { entity { complaints(first: 50) { nodes { ${COMPLAINANT} } } } } }`, variables: { uscc: changshaCredit.uscc } },
  { query: `{ warningLetters(first: 50) { nodes { clues { description complaint { ${COMPLAINANT} } } } } }` },
  { query: '{ complaintsAuditLog(first: 100) { nodes { actor role operation objectType objectId summary } } }' },
];

/** Whether `text` (a raw body, or a stored row) shows anything of `complainant`, escaped or not. */
function traces(text: string, complainant: typeof CHANGSHA_COMPLAINANT): string[] {
  let unescaped = text;
  try {
    unescaped = JSON.stringify(JSON.parse(text));
  } catch {
    // not JSON: search it as it is
  }
  const [localPart] = complainant.email.split('@');
  return [complainant.name, complainant.phone, complainant.phone.replace(/\D/g, ''), complainant.email, localPart].filter(
    (value) => text.includes(value) || unescaped.includes(value),
  );
}

describe.each(testDrivers())('personal data through the gateway on %s: a complainant is seen only by the handler', (driver) => {
  let system: TestSystem;
  let ids: string[];
  let receipts: { trackingNumber: string; token: string }[];
  const bodies = new Map<string, string[]>();

  const everyone: [string, Caller][] = [...Object.entries(callers), ['shenzhen', SHENZHEN_LEAD_UNIT]];
  const handlersOf = { changsha: ['hunan', 'changsha', 'furong'], shenzhen: ['shenzhen'] };

  beforeAll(async () => {
    system = await startTestSystem(driver, { demo: true });
    const submissions = [
      { category: 'FALSE_DISCLOSURE', region: '430102', subjectUscc: changshaCredit.uscc, subjectName: changshaCredit.name, content: '公示收费标准与实际收费不符。', complainant: CHANGSHA_COMPLAINANT },
      { category: 'IMPERSONATION', region: '440305', subjectUscc: shenzhenImpersonator.uscc, subjectName: shenzhenImpersonator.name, content: '冒充信用修复机构收费后失联。', complainant: SHENZHEN_COMPLAINANT },
    ];
    receipts = [];
    for (const [i, input] of submissions.entries()) {
      const submitted = await system.rawQuery(SUBMIT, { input, key: `personal-data-${i}` }, { as: null });
      bodies.set('public: submitComplaint', [...(bodies.get('public: submitComplaint') ?? []), submitted.body]);
      const parsed: { data?: { submitComplaint?: { trackingNumber: string; token: string } } } = JSON.parse(submitted.body);
      if (!parsed.data?.submitComplaint) throw new Error(`not submitted: ${submitted.body}`);
      receipts.push(parsed.data.submitComplaint);
    }
    const listed = await system.query<{ complaints: { nodes: { id: string; trackingNumber: string }[] } }>('{ complaints(first: 100) { nodes { id trackingNumber } } }');
    ids = receipts.map(({ trackingNumber }) => listed.data?.complaints.nodes.find((node) => node.trackingNumber === trackingNumber)?.id ?? '');
    for (const [name, as] of everyone) {
      const answers: string[] = [];
      for (const { query, variables } of questions(ids)) answers.push((await system.rawQuery(query, variables, { as })).body);
      for (const { trackingNumber, token } of receipts) {
        answers.push((await system.rawQuery('query ($n: String!, $t: String!) { complaintStatus(trackingNumber: $n, token: $t) { status events { note } } }', { n: trackingNumber, t: token }, { as })).body);
      }
      bodies.set(name, answers);
    }
  }, 120_000);

  afterAll(async () => {
    await system.close();
  });

  it.each([
    ['the Changsha complaint', CHANGSHA_COMPLAINANT, handlersOf.changsha],
    ['the Shenzhen complaint', SHENZHEN_COMPLAINANT, handlersOf.shenzhen],
  ] as const)("no body for a caller other than the handler holds %s's complainant (name, phone or e-mail)", (_complaint, complainant, handlers) => {
    const leaks = [...bodies].flatMap(([caller, answers]) =>
      handlers.includes(caller) ? [] : answers.flatMap((body) => traces(body, complainant).map((trace) => `${caller}: ${trace}`)),
    );
    expect(leaks).toEqual([]);
  });

  it.each([
    ['the Changsha complaint', CHANGSHA_COMPLAINANT, handlersOf.changsha],
    ['the Shenzhen complaint', SHENZHEN_COMPLAINANT, handlersOf.shenzhen],
  ] as const)("the handlers' bodies hold %s's complainant in clear", (_complaint, complainant, handlers) => {
    for (const handler of handlers) {
      expect(traces((bodies.get(handler) ?? []).join('\n'), complainant)).toEqual(expect.arrayContaining([complainant.name, complainant.phone, complainant.email]));
    }
  });

  it("the national regulator's bodies hold the complainants masked", () => {
    const national = (bodies.get('national') ?? []).join('\n');
    expect(national).toContain('司****');
    expect(national).toContain('139****4321');
    expect(national).toContain('s***@example.net');
  });

  it('the database holds no complainant in clear, and the audit log records who read them in clear', async () => {
    const { dataSource } = system.subgraphs.complaints;
    for (const table of ['complaint', 'impersonation_clue', 'audit_log']) {
      const rows = JSON.stringify(await dataSource.createQueryBuilder().select('*').from(table, 't').getRawMany());
      expect(traces(rows, CHANGSHA_COMPLAINANT)).toEqual([]);
      expect(traces(rows, SHENZHEN_COMPLAINANT)).toEqual([]);
    }
    const log = await system.query<{ complaintsAuditLog: { nodes: { actor: string; role: string; operation: string; objectType: string; objectId: string }[] } }>(
      '{ complaintsAuditLog(first: 100) { nodes { actor role operation objectType objectId } } }',
    );
    const reads = log.data?.complaintsAuditLog.nodes.filter((entry) => entry.operation === 'READ_PERSONAL_DATA' && entry.objectType === 'Complaint') ?? [];
    expect(reads).toEqual(expect.arrayContaining([
      expect.objectContaining({ actor: 'hunan-lead-1', role: 'LEAD_UNIT', objectId: ids[0] }),
      expect.objectContaining({ actor: 'shenzhen-lead-1', role: 'LEAD_UNIT', objectId: ids[1] }),
    ]));
    expect(new Set(reads.filter((entry) => entry.objectId === ids[1]).map((entry) => entry.actor))).toEqual(new Set(['shenzhen-lead-1']));
    const submissions = log.data?.complaintsAuditLog.nodes.filter((entry) => entry.operation === 'submitComplaint' && ids.includes(entry.objectId));
    expect(submissions).toEqual([
      expect.objectContaining({ actor: 'anonymous', role: 'PUBLIC' }),
      expect.objectContaining({ actor: 'anonymous', role: 'PUBLIC' }),
    ]);
  });
});
