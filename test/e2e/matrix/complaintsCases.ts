import { maskName, maskPhone } from '../../../subgraphs/kit/crypto/mask';
import { demoAnonymousSubject, demoEntities } from '../../../subgraphs/kit/demo/demoCast';
import { regionCovers } from '../../../subgraphs/kit/scalars/regionCode';
import { callers, type Caller, type MatrixCase, type Outcome } from './matrixCase';

const { changshaCredit, beijingRating, shenzhenImpersonator } = demoEntities;

/**
 * The demo's complaints by id: seedComplaintsDemo saves them in this order into an empty database.
 * 1, 2 about changshaCredit in 430102 (complainants 张女士 13800138001, 李先生
 * li.xiansheng@example.com); 3, 4 about beijingRating in 110105; 5, 6 about shenzhenImpersonator
 * and 7 about a subject without a USCC, all three in 440305; 8 anonymous about changshaCredit in
 * 430102, never accepted (overdue). Statuses: 1 CONCLUDED, 2 IN_PROGRESS, 3 ACCEPTED, 4 REFUSED,
 * 5 CONCLUDED, 6 ACCEPTED, 7 IN_PROGRESS, 8 SUBMITTED (3 published as dishonesty: records' demo record 3).
 */
const demoComplaint = { changshaDisclosure: '1', changshaCommitment: '2', beijingDisclosure: '3', beijingOther: '4', shenzhenSms: '6', anonymous: '7', changshaOverdue: '8' } as const;
const ALL_DEMO_COMPLAINTS = ['1', '2', '3', '4', '5', '6', '7', '8'];

/** The demo's warning letters: 1 深南信用函〔2021〕3号 to 市场监管, 2 〔2021〕5号 to 地方金融监管; both issued and received in 440305. */
const demoLetter = { market: '1', finance: '2' } as const;

const everyone = Object.keys(callers).filter((caller): caller is Caller => caller in callers);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const at = (value: unknown, ...path: string[]): unknown => path.reduce<unknown>((v, key) => (isRecord(v) ? v[key] : undefined), value);
const listAt = (value: unknown, ...path: string[]): Record<string, unknown>[] => {
  const list = at(value, ...path);
  return Array.isArray(list) ? list.filter(isRecord) : [];
};
const idsAt = (value: unknown, ...path: string[]) => listAt(value, ...path).map((node) => node.id);

const SUBMIT = `mutation ($input: SubmitComplaintInput!, $key: String!) {
  submitComplaint(input: $input, idempotencyKey: $key) { trackingNumber token status }
}`;

/** A submission of its own for each caller (own key, own content), in a region no demo user covers, so no other row depends on it. */
const submitRow = (caller: Caller, outcome: Outcome = 'allowed'): MatrixCase => ({
  operation: 'submitComplaint',
  caller,
  scope: '—',
  query: SUBMIT,
  variables: {
    key: `matrix-complaints-${caller}`,
    input: {
      category: 'OTHER', region: '650102', subjectName: '某信用咨询工作室', subjectIdentifiers: [`www.matrix-${caller.toLowerCase()}.example`],
      content: `矩阵测试：${caller} 提交的投诉。`, complainant: { name: '矩阵测试人' },
    },
  },
  expect: outcome,
  check: (data) => expect(data).toEqual({ submitComplaint: { trackingNumber: expect.stringMatching(/^TS\d{8}/), token: expect.any(String), status: 'SUBMITTED' } }),
});

const statusRow = (caller: Caller): MatrixCase => ({
  operation: 'complaintStatus (an unknown number reads as null, as a wrong token does)',
  caller,
  scope: '—',
  query: 'query ($n: String!, $t: String!) { complaintStatus(trackingNumber: $n, token: $t) { status } }',
  variables: { n: 'TS20210310K7QM4XR2PA', t: 'not-the-token' },
  expect: 'allowed',
  check: (data) => expect(data).toEqual({ complaintStatus: null }),
});

const COMPLAINT = 'query ($id: ID!) { complaint(id: $id) { id region complainant { name phone email } } }';

const CLEAR = {
  [demoComplaint.changshaDisclosure]: { name: '张女士', phone: '13800138001', email: null },
  [demoComplaint.beijingDisclosure]: { name: '王先生', phone: '010-65001234', email: null },
};
const masked = ({ name, phone }: { name: string; phone: string }) => ({ name: maskName(name), phone: maskPhone(phone), email: null });

/** `complaint(id)`: the handler sees the complainant in clear, the national regulator masked; out of scope null. */
function complaintRow(caller: Caller, scope: MatrixCase['scope'], id: keyof typeof CLEAR, outcome: Outcome): MatrixCase {
  return {
    operation: `complaint(id: ${id})${outcome === 'allowed' ? (caller === 'national' ? ', complainant masked' : ', complainant in clear') : ''}`,
    caller,
    scope,
    query: COMPLAINT,
    variables: { id },
    expect: outcome,
    check: (data) => {
      if (outcome === 'hidden') return expect(data).toEqual({ complaint: null });
      const complainant = caller === 'national' ? masked(CLEAR[id]) : CLEAR[id];
      expect(data).toEqual({ complaint: { id, region: expect.any(String), complainant } });
    },
  };
}

const COMPLAINTS = 'query ($filter: ComplaintFilter) { complaints(filter: $filter, first: 100) { totalCount nodes { id region complainant { name } } } }';

/** `complaints` as `caller`: every node in `scope` (a region, or anywhere), the listed ids there, the others not. */
function complaintsRow(caller: Caller, scope: MatrixCase['scope'], region: string | null, includes: string[], excludes: string[], filter?: Record<string, unknown>): MatrixCase {
  return {
    operation: `complaints${filter ? ` (filter ${JSON.stringify(filter)})` : ''}: only what is in scope`,
    caller,
    scope,
    query: COMPLAINTS,
    variables: { filter: filter ?? null },
    expect: includes.length ? 'allowed' : 'hidden',
    check: (data) => {
      const nodes = listAt(data, 'complaints', 'nodes');
      expect(at(data, 'complaints', 'totalCount')).toBe(nodes.length);
      for (const node of nodes) expect(region === null || regionCovers(region, String(node.region))).toBe(true);
      const ids = nodes.map((node) => node.id);
      expect(ids).toEqual(expect.arrayContaining(includes));
      for (const id of excludes) expect(ids).not.toContain(id);
      if (caller === 'national') expect(nodes.map((node) => at(node, 'complainant', 'name'))).not.toContain('张女士');
    },
  };
}

const ENTITY_COMPLAINTS = 'query ($uscc: USCC!) { marketEntity(uscc: $uscc) { complaintCount complaints { totalCount nodes { id } } } }';

/** changshaCredit's complaints (1, 2 and the anonymous 8), or none out of scope. */
const entityComplaintsRow = (caller: Caller, scope: MatrixCase['scope'], outcome: Outcome): MatrixCase => ({
  operation: 'MarketEntity.complaints / complaintCount',
  caller,
  scope,
  query: ENTITY_COMPLAINTS,
  variables: { uscc: changshaCredit.uscc },
  expect: outcome,
  check: (data) => {
    const shown = outcome === 'allowed' ? [demoComplaint.changshaOverdue, demoComplaint.changshaCommitment, demoComplaint.changshaDisclosure] : [];
    expect(data).toEqual({ marketEntity: { complaintCount: shown.length, complaints: { totalCount: shown.length, nodes: shown.map((id) => ({ id })) } } });
  },
});

/** `Institution.entity` makes the gateway ask complaints' `_entities` for the market entity, as the caller. */
const ENTITY_THROUGH_ENTITIES = 'query ($uscc: USCC!) { institution(uscc: $uscc) { entity { complaintCount } } }';
const entityThroughEntitiesRow = (caller: Caller, scope: MatrixCase['scope'], outcome: Outcome): MatrixCase => ({
  operation: 'MarketEntity.complaintCount in _entities (Institution.entity)',
  caller,
  scope,
  query: ENTITY_THROUGH_ENTITIES,
  variables: { uscc: changshaCredit.uscc },
  expect: outcome,
  check: (data) => expect(data).toEqual({ institution: { entity: { complaintCount: outcome === 'allowed' ? 3 : 0 } } }),
});

const CLUES = 'query ($uscc: USCC!) { marketEntity(uscc: $uscc) { impersonationClues { region subject { uscc } } } }';

/** An entity's impersonation clues: beijingRating has one, monitored in 110105; shenzhenImpersonator three in 440305. */
const cluesRow = (caller: Caller, scope: MatrixCase['scope'], entity: typeof beijingRating | typeof shenzhenImpersonator, outcome: Outcome): MatrixCase => ({
  operation: 'MarketEntity.impersonationClues',
  caller,
  scope,
  query: CLUES,
  variables: { uscc: entity.uscc },
  expect: outcome,
  check: (data) => {
    const clues = listAt(data, 'marketEntity', 'impersonationClues');
    if (outcome === 'hidden') return expect(clues).toEqual([]);
    expect(clues.length).toBeGreaterThan(0);
    for (const clue of clues) expect(clue).toEqual({ region: entity.region, subject: { uscc: entity.uscc } });
  },
});

const SENT_ON = 'query ($uscc: USCC!) { marketEntity(uscc: $uscc) { allCluesSentOn } }';

/** Whether an entity's clues were all sent on: not yet for either entity; out of scope there are none to send (true). */
const sentOnRow = (caller: Caller, scope: MatrixCase['scope'], entity: typeof beijingRating | typeof shenzhenImpersonator, outcome: Outcome): MatrixCase => ({
  operation: 'MarketEntity.allCluesSentOn',
  caller,
  scope,
  query: SENT_ON,
  variables: { uscc: entity.uscc },
  expect: outcome,
  check: (data) => expect(data).toEqual({ marketEntity: { allCluesSentOn: outcome === 'hidden' } }),
});

const UNSENT = 'query ($uscc: USCC!) { marketEntity(uscc: $uscc) { unsentClueRegions } }';

/** The regions of an entity's clues not sent on: the entity's own region in scope; out of scope none. */
const unsentRow = (caller: Caller, scope: MatrixCase['scope'], entity: typeof beijingRating | typeof shenzhenImpersonator, outcome: Outcome): MatrixCase => ({
  operation: 'MarketEntity.unsentClueRegions',
  caller,
  scope,
  query: UNSENT,
  variables: { uscc: entity.uscc },
  expect: outcome,
  check: (data) => expect(data).toEqual({ marketEntity: { unsentClueRegions: outcome === 'hidden' ? [] : [entity.region] } }),
});

const LETTERS = 'query ($filter: WarningLetterFilter) { warningLetters(filter: $filter, first: 100) { totalCount nodes { id recipientRegion sector } } }';

/** `warningLetters` as `caller`: exactly the listed demo letters. */
const lettersRow = (caller: Caller, scope: MatrixCase['scope'], shown: string[], filter?: Record<string, unknown>): MatrixCase => ({
  operation: `warningLetters${filter ? ` (filter ${JSON.stringify(filter)})` : ''}: only what is in scope`,
  caller,
  scope,
  query: LETTERS,
  variables: { filter: filter ?? null },
  expect: shown.length ? 'allowed' : 'hidden',
  check: (data) => {
    expect(at(data, 'warningLetters', 'totalCount')).toBe(shown.length);
    expect([...idsAt(data, 'warningLetters', 'nodes')].sort()).toEqual(shown);
  },
});

const LETTER_CLUES = `{ warningLetters(first: 10) { nodes { id clueCount entityCount entities { uscc } clues { subject { uscc } subjectName complaint { id } } } } }`;

const refused = (operation: string, query: string, variables: Record<string, unknown> | undefined, refusedTo: Caller[]): MatrixCase[] =>
  refusedTo.map((caller) => ({ operation, caller, scope: '—', query, variables, expect: 'FORBIDDEN' }));

/** Every caller that never handles complaints or sends clues (docs/authorization.md, complaints). */
const NON_HANDLERS: Caller[] = ['nanshanMarket', 'court', 'otherCourt', 'changshaCredit', 'beijingRating', 'service', 'complaintsService', 'public'];

const mutationRow = (operation: string, caller: Caller, scope: MatrixCase['scope'], query: string, variables: Record<string, unknown>, outcome: Outcome, check?: MatrixCase['check']): MatrixCase => ({
  operation, caller, scope, query, variables, expect: outcome, ...(check ? { check } : {}),
});

const ACCEPT = 'mutation ($id: ID!) { acceptComplaint(id: $id) { id status } }';
const REFUSE = 'mutation ($id: ID!) { refuseComplaint(id: $id, reason: "矩阵测试：不予受理。") { id status } }';
const PROGRESS = 'mutation ($id: ID!) { addComplaintProgress(id: $id, note: "矩阵测试：内部进展。") { id status } }';
const CONCLUDE = 'mutation ($id: ID!, $input: ConcludeComplaintInput!) { concludeComplaint(id: $id, input: $input) { id status outcome } }';
const NOTICE = { outcome: 'NOTICE', conclusion: '矩阵测试：予以通报。' };

/**
 * The handling mutations. Inside its scope a handler passes authorization and meets the state
 * rule (CONFLICT on a demo complaint in the wrong state), so the rows change nothing others read;
 * the two allowed rows act on complaints no other row reads the status or events of (2, 3).
 */
function handlingCases(): MatrixCase[] {
  const { changshaDisclosure: concluded, changshaCommitment: inProgress, beijingDisclosure: published, beijingOther: refusedOne, shenzhenSms: accepted } = demoComplaint;
  return [
    mutationRow('acceptComplaint (a CONCLUDED complaint: CONFLICT)', 'national', '—', ACCEPT, { id: concluded }, 'CONFLICT'),
    mutationRow('acceptComplaint (an IN_PROGRESS complaint: CONFLICT)', 'hunan', 'inside', ACCEPT, { id: inProgress }, 'CONFLICT'),
    mutationRow('acceptComplaint (a CONCLUDED complaint: CONFLICT)', 'furong', 'inside', ACCEPT, { id: concluded }, 'CONFLICT'),
    mutationRow('acceptComplaint (a REFUSED complaint: CONFLICT)', 'beijing', 'inside', ACCEPT, { id: refusedOne }, 'CONFLICT'),
    mutationRow('acceptComplaint', 'beijing', 'outside', ACCEPT, { id: concluded }, 'NOT_FOUND'),
    mutationRow('acceptComplaint', 'furong', 'outside', ACCEPT, { id: published }, 'NOT_FOUND'),
    ...refused('acceptComplaint', ACCEPT, { id: concluded }, NON_HANDLERS),

    mutationRow('refuseComplaint (a CONCLUDED complaint: CONFLICT)', 'national', '—', REFUSE, { id: concluded }, 'CONFLICT'),
    mutationRow('refuseComplaint (a CONCLUDED complaint: CONFLICT)', 'changsha', 'inside', REFUSE, { id: concluded }, 'CONFLICT'),
    mutationRow('refuseComplaint', 'beijing', 'outside', REFUSE, { id: concluded }, 'NOT_FOUND'),
    ...refused('refuseComplaint', REFUSE, { id: concluded }, NON_HANDLERS),

    mutationRow('addComplaintProgress (an internal note)', 'furong', 'inside', PROGRESS, { id: inProgress }, 'allowed', (data) =>
      expect(data).toEqual({ addComplaintProgress: { id: inProgress, status: 'IN_PROGRESS' } })),
    mutationRow('addComplaintProgress (a REFUSED complaint: CONFLICT)', 'national', '—', PROGRESS, { id: refusedOne }, 'CONFLICT'),
    mutationRow('addComplaintProgress', 'beijing', 'outside', PROGRESS, { id: inProgress }, 'NOT_FOUND'),
    ...refused('addComplaintProgress', PROGRESS, { id: inProgress }, NON_HANDLERS),

    mutationRow('concludeComplaint (NOTICE)', 'national', '—', CONCLUDE, { id: accepted, input: NOTICE }, 'allowed', (data) =>
      expect(data).toEqual({ concludeComplaint: { id: accepted, status: 'CONCLUDED', outcome: 'NOTICE' } })),
    mutationRow('concludeComplaint (a CONCLUDED complaint: CONFLICT)', 'beijing', 'inside', CONCLUDE, { id: published, input: NOTICE }, 'CONFLICT'),
    mutationRow('concludeComplaint (a CONCLUDED complaint: CONFLICT)', 'national', '—', CONCLUDE, { id: concluded, input: NOTICE }, 'CONFLICT'),
    mutationRow('concludeComplaint (published as dishonesty without a severity: BAD_USER_INPUT)', 'hunan', 'inside', CONCLUDE,
      { id: inProgress, input: { outcome: 'PUBLISHED_AS_DISHONESTY', conclusion: '矩阵测试。' } }, 'BAD_USER_INPUT'),
    mutationRow('concludeComplaint', 'furong', 'outside', CONCLUDE, { id: published, input: NOTICE }, 'NOT_FOUND'),
    {
      operation: 'Complaint.dishonestyRecord: the record a complaint was published as, from records',
      caller: 'beijing',
      scope: 'inside',
      query: 'query ($id: ID!) { complaint(id: $id) { outcome severity dishonestyRecord { id kind severity } } }',
      variables: { id: published },
      expect: 'allowed',
      check: (data) => expect(data).toEqual({ complaint: { outcome: 'PUBLISHED_AS_DISHONESTY', severity: 'SERIOUS', dishonestyRecord: { id: '3', kind: 'FALSE_DISCLOSURE', severity: 'SERIOUS' } } }),
    },
    ...refused('concludeComplaint', CONCLUDE, { id: inProgress, input: NOTICE }, NON_HANDLERS),
  ];
}

const RECORD_CLUE = 'mutation ($input: RecordImpersonationClueInput!) { recordImpersonationClue(input: $input) { region collected record { kind region } } }';
const clueInput = (region: string, who: string) => ({
  region, subjectName: `矩阵测试线索对象（${who}）`, subjectIdentifiers: [`www.matrix-clue-${who}.example`], description: '矩阵测试：冒充信用服务机构。', source: '矩阵测试',
});
const ISSUE = 'mutation ($input: IssueWarningLetterInput!) { issueWarningLetter(input: $input) { id } }';
const letterInput = (clueIds: string[], recipientRegion: string, region?: string) => ({
  documentNumber: `矩阵函〔2026〕${clueIds.join('-')}-${recipientRegion}号`, issuingUnit: '矩阵测试牵头单位', recipient: '矩阵测试监管部门', recipientRegion,
  sector: '市场监管', contactName: '矩阵', contactPhone: '0731-84822207', clueIds, ...(region ? { region } : {}),
});
const FEEDBACK = 'mutation ($letterId: ID!, $uscc: USCC!, $finding: LetterFinding!) { recordLetterFeedback(letterId: $letterId, uscc: $uscc, finding: $finding) { id feedback { finding } } }';
const CLUE_FEEDBACK = 'mutation ($letterId: ID!, $clueId: ID!) { recordClueFeedback(letterId: $letterId, clueId: $clueId, finding: UNFOUNDED) { id finding } }';
const LETTER_TEXT = '{ warningLetters(first: 10) { nodes { id text } } }';

/**
 * Clues and letters. Demo clues: 1 (sent in letter 1), 2 (collected, not sent) and 3 (sent in
 * letter 2) from complaints in 440305; 4 (monitored, 440305, sent in letter 2) and 5 (monitored,
 * 110105, collected, not sent). Issuing a letter with clue 2 or 5 would change what other rows
 * read (allCluesSentOn, the letters), so inside rows meet a rule instead (CONFLICT, BAD_USER_INPUT).
 */
function clueAndLetterCases(): MatrixCase[] {
  const impostor = shenzhenImpersonator.uscc;
  return [
    mutationRow('recordImpersonationClue (collected in records at once)', 'national', '—', RECORD_CLUE, { input: clueInput('650102', 'national') }, 'allowed', (data) =>
      expect(data).toEqual({ recordImpersonationClue: { region: '650102', collected: true, record: { kind: 'IMPERSONATION_CLUE', region: '650102' } } })),
    mutationRow('recordImpersonationClue', 'hunan', 'inside', RECORD_CLUE, { input: clueInput('430102', 'hunan') }, 'allowed', (data) =>
      expect(data).toEqual({ recordImpersonationClue: { region: '430102', collected: true, record: { kind: 'IMPERSONATION_CLUE', region: '430102' } } })),
    mutationRow('recordImpersonationClue (a region outside its own)', 'beijing', 'outside', RECORD_CLUE, { input: clueInput('430102', 'beijing') }, 'FORBIDDEN'),
    ...refused('recordImpersonationClue', RECORD_CLUE, { input: clueInput('440305', 'refused') }, NON_HANDLERS),

    mutationRow('issueWarningLetter (a clue already sent: CONFLICT)', 'national', '—', ISSUE, { input: letterInput(['1'], '440305', '440305') }, 'CONFLICT'),
    mutationRow('issueWarningLetter (a recipient outside the issuing region: BAD_USER_INPUT)', 'beijing', 'inside', ISSUE, { input: letterInput(['5'], '430102') }, 'BAD_USER_INPUT'),
    mutationRow('issueWarningLetter (a clue of another region)', 'hunan', 'outside', ISSUE, { input: letterInput(['5'], '430102') }, 'NOT_FOUND'),
    mutationRow('issueWarningLetter (a clue of another region)', 'furong', 'outside', ISSUE, { input: letterInput(['2'], '430102') }, 'NOT_FOUND'),
    ...refused('issueWarningLetter', ISSUE, { input: letterInput(['2'], '440305', '440305') }, NON_HANDLERS.filter((caller) => caller !== 'nanshanMarket')),
    mutationRow('issueWarningLetter (an industry regulator)', 'nanshanMarket', '—', ISSUE, { input: letterInput(['2'], '440305', '440305') }, 'FORBIDDEN'),

    mutationRow('recordLetterFeedback (the finding it recorded, again)', 'nanshanMarket', 'inside', FEEDBACK, { letterId: demoLetter.market, uscc: impostor, finding: 'SUBSTANTIATED' }, 'allowed', (data) =>
      expect(data).toEqual({ recordLetterFeedback: { id: demoLetter.market, feedback: [{ finding: 'SUBSTANTIATED' }] } })),
    mutationRow('recordLetterFeedback (another finding: CONFLICT)', 'nanshanMarket', 'inside', FEEDBACK, { letterId: demoLetter.market, uscc: impostor, finding: 'UNFOUNDED' }, 'CONFLICT'),
    mutationRow('recordLetterFeedback (a letter to another sector)', 'nanshanMarket', 'outside', FEEDBACK, { letterId: demoLetter.finance, uscc: impostor, finding: 'UNFOUNDED' }, 'NOT_FOUND'),
    ...refused('recordLetterFeedback (only the addressed industry regulator)', FEEDBACK, { letterId: demoLetter.market, uscc: impostor, finding: 'SUBSTANTIATED' }, [
      'national', 'hunan', 'beijing', 'court', 'changshaCredit', 'service', 'complaintsService', 'public',
    ]),

    mutationRow('recordClueFeedback (a clue naming a USCC: BAD_USER_INPUT)', 'nanshanMarket', 'inside', CLUE_FEEDBACK, { letterId: demoLetter.market, clueId: '1' }, 'BAD_USER_INPUT'),
    mutationRow('recordClueFeedback (a letter to another sector)', 'nanshanMarket', 'outside', CLUE_FEEDBACK, { letterId: demoLetter.finance, clueId: '3' }, 'NOT_FOUND'),
    ...refused('recordClueFeedback (only the addressed industry regulator)', CLUE_FEEDBACK, { letterId: demoLetter.finance, clueId: '3' }, [
      'national', 'hunan', 'beijing', 'court', 'changshaCredit', 'service', 'complaintsService', 'public',
    ]),

    {
      operation: 'WarningLetter.text: the addressed regulator reads the letter of Annex 3',
      caller: 'nanshanMarket',
      scope: 'inside',
      query: LETTER_TEXT,
      expect: 'allowed',
      check: (data) => {
        const [letter] = listAt(data, 'warningLetters', 'nodes');
        expect(letter.id).toBe(demoLetter.market);
        expect(String(letter.text)).toContain('线索 1 条，涉及我区（县） 1 家市场主体');
        expect(String(letter.text)).toContain(`（统一社会信用代码：${impostor}）`);
      },
    },
    lettersRow('furong', 'outside', []),
  ];
}

const AUDIT_LOG = '{ complaintsAuditLog(first: 100) { nodes { operation objectType objectId role } } }';
const OUTBOX = '{ complaintsOutbox(status: FAILED) { nodes { id operation sourceKey status lastError } } }';

/** complaints: the rows of docs/authorization.md, each role inside and outside its scope. */
export const complaintsCases: MatrixCase[] = [
  ...everyone.filter((caller) => callers[caller]?.role !== 'SERVICE').map((caller) => submitRow(caller)),
  submitRow('service', 'FORBIDDEN'),
  ...everyone.map(statusRow),

  complaintRow('national', '—', demoComplaint.changshaDisclosure, 'allowed'),
  complaintRow('hunan', 'inside', demoComplaint.changshaDisclosure, 'allowed'),
  complaintRow('changsha', 'inside', demoComplaint.changshaDisclosure, 'allowed'),
  complaintRow('furong', 'inside', demoComplaint.changshaDisclosure, 'allowed'),
  complaintRow('furong', 'outside', demoComplaint.beijingDisclosure, 'hidden'),
  complaintRow('beijing', 'inside', demoComplaint.beijingDisclosure, 'allowed'),
  complaintRow('beijing', 'outside', demoComplaint.changshaDisclosure, 'hidden'),
  ...refused('complaint(id) (its own complaint too, for an institution)', COMPLAINT, { id: demoComplaint.changshaDisclosure }, [
    'nanshanMarket', 'court', 'otherCourt', 'changshaCredit', 'beijingRating', 'service', 'public',
  ]),
  {
    operation: 'complaint(id) of a subject without a USCC: the national regulator sees the subject in clear (as in records), the complainant masked',
    caller: 'national',
    scope: '—',
    query: 'query ($id: ID!) { complaint(id: $id) { subject { uscc } subjectName subjectIdentifiers complainant { name } } }',
    variables: { id: demoComplaint.anonymous },
    expect: 'allowed',
    check: (data) =>
      expect(data).toEqual({ complaint: { subject: null, subjectName: demoAnonymousSubject.name, subjectIdentifiers: [...demoAnonymousSubject.identifiers], complainant: { name: maskName('刘先生') } } }),
  },

  complaintsRow('national', '—', null, ALL_DEMO_COMPLAINTS, []),
  complaintsRow('hunan', 'inside', '430000', ['1', '2', '8'], ['3', '4', '5', '6', '7']),
  complaintsRow('changsha', 'inside', '430100', ['1', '2', '8'], ['3', '4', '5', '6', '7']),
  complaintsRow('furong', 'inside', '430102', ['1', '2', '8'], ['3', '4', '5', '6', '7']),
  complaintsRow('beijing', 'inside', '110000', ['3', '4'], ['1', '2', '5', '6', '7', '8']),
  complaintsRow('national', '—', null, ['8'], ['1', '2', '3', '4', '5', '6', '7'], { overdue: true }),
  complaintsRow('furong', 'inside', '430102', ['8'], ['1', '2', '3', '4', '5', '6', '7'], { overdue: true }),
  complaintsRow('beijing', 'outside', '110000', [], ALL_DEMO_COMPLAINTS, { overdue: true }),
  complaintsRow('beijing', 'outside', '110000', [], ALL_DEMO_COMPLAINTS, { region: '430102' }),
  complaintsRow('hunan', 'outside', '430000', [], ALL_DEMO_COMPLAINTS, { uscc: beijingRating.uscc }),
  ...refused('complaints', COMPLAINTS, undefined, ['nanshanMarket', 'court', 'otherCourt', 'changshaCredit', 'beijingRating', 'service', 'public']),

  entityComplaintsRow('national', '—', 'allowed'),
  entityComplaintsRow('hunan', 'inside', 'allowed'),
  entityComplaintsRow('furong', 'inside', 'allowed'),
  entityComplaintsRow('beijing', 'outside', 'hidden'),
  ...refused('MarketEntity.complaints / complaintCount (its own, for an institution)', ENTITY_COMPLAINTS, { uscc: changshaCredit.uscc }, [
    'nanshanMarket', 'court', 'changshaCredit', 'service', 'public',
  ]),
  entityThroughEntitiesRow('national', '—', 'allowed'),
  entityThroughEntitiesRow('changsha', 'inside', 'allowed'),
  entityThroughEntitiesRow('beijing', 'outside', 'hidden'),
  ...refused('MarketEntity.complaintCount in _entities (Institution.entity)', ENTITY_THROUGH_ENTITIES, { uscc: changshaCredit.uscc }, [
    'nanshanMarket', 'court', 'changshaCredit', 'service', 'public',
  ]),

  cluesRow('national', '—', shenzhenImpersonator, 'allowed'),
  cluesRow('beijing', 'inside', beijingRating, 'allowed'),
  cluesRow('hunan', 'outside', beijingRating, 'hidden'),
  cluesRow('beijing', 'outside', shenzhenImpersonator, 'hidden'),
  ...refused('MarketEntity.impersonationClues', CLUES, { uscc: shenzhenImpersonator.uscc }, ['nanshanMarket', 'court', 'beijingRating', 'service', 'public']),

  sentOnRow('national', '—', shenzhenImpersonator, 'allowed'),
  sentOnRow('service', '—', shenzhenImpersonator, 'allowed'),
  sentOnRow('beijing', 'inside', beijingRating, 'allowed'),
  sentOnRow('hunan', 'outside', beijingRating, 'hidden'),
  sentOnRow('beijingRating', 'inside', beijingRating, 'allowed'),
  sentOnRow('beijingRating', 'outside', shenzhenImpersonator, 'hidden'),
  ...refused('MarketEntity.allCluesSentOn', SENT_ON, { uscc: beijingRating.uscc }, ['nanshanMarket', 'court', 'public']),
  unsentRow('national', '—', shenzhenImpersonator, 'allowed'),
  unsentRow('service', '—', shenzhenImpersonator, 'allowed'),
  unsentRow('beijing', 'inside', beijingRating, 'allowed'),
  unsentRow('hunan', 'outside', beijingRating, 'hidden'),
  unsentRow('beijingRating', 'inside', beijingRating, 'allowed'),
  unsentRow('beijingRating', 'outside', shenzhenImpersonator, 'hidden'),
  ...refused('MarketEntity.unsentClueRegions', UNSENT, { uscc: beijingRating.uscc }, ['nanshanMarket', 'court', 'public']),

  lettersRow('national', '—', [demoLetter.market, demoLetter.finance]),
  lettersRow('nanshanMarket', 'inside', [demoLetter.market]),
  lettersRow('nanshanMarket', 'outside', [], { sector: '地方金融监管' }),
  lettersRow('hunan', 'outside', []),
  lettersRow('beijing', 'outside', []),
  ...refused('warningLetters', LETTERS, undefined, ['court', 'otherCourt', 'changshaCredit', 'service', 'public']),
  {
    operation: 'WarningLetter.clues / entities: the recipient regulator reads what the letter sends on',
    caller: 'nanshanMarket',
    scope: 'inside',
    query: '{ warningLetters(first: 10) { nodes { id clueCount entityCount entities { uscc } clues { subject { uscc } subjectName } } } }',
    expect: 'allowed',
    check: (data) =>
      expect(listAt(data, 'warningLetters', 'nodes')).toEqual([
        {
          id: demoLetter.market, clueCount: 1, entityCount: 1, entities: [{ uscc: shenzhenImpersonator.uscc }],
          clues: [{ subject: { uscc: shenzhenImpersonator.uscc }, subjectName: shenzhenImpersonator.name }],
        },
      ]),
  },
  {
    operation: 'ImpersonationClue.complaint: not for an industry regulator',
    caller: 'nanshanMarket',
    scope: 'inside',
    query: LETTER_CLUES,
    expect: 'FORBIDDEN',
  },
  {
    operation: 'WarningLetter.clues.complaint: the national regulator sees the complaint, its complainant masked',
    caller: 'national',
    scope: '—',
    query: '{ warningLetters(first: 10) { nodes { clues { complaint { id complainant { name } } } } } }',
    expect: 'allowed',
    check: (data) => {
      const complaints = listAt(data, 'warningLetters', 'nodes').flatMap((letter) => listAt(letter, 'clues').map((clue) => clue.complaint)).filter(isRecord);
      expect(complaints.length).toBeGreaterThan(0);
      expect(complaints).toContainEqual({ id: demoComplaint.anonymous, complainant: { name: maskName('刘先生') } });
    },
  },

  {
    operation: 'complaintsAuditLog',
    caller: 'national',
    scope: '—',
    query: AUDIT_LOG,
    expect: 'allowed',
    check: (data) => expect(Array.isArray(at(data, 'complaintsAuditLog', 'nodes'))).toBe(true),
  },
  ...refused('complaintsAuditLog', AUDIT_LOG, undefined, ['hunan', 'furong', 'beijing', 'nanshanMarket', 'court', 'changshaCredit', 'service', 'public']),
  {
    operation: 'complaintsOutbox',
    caller: 'national',
    scope: '—',
    query: OUTBOX,
    expect: 'allowed',
    check: (data) => expect(Array.isArray(at(data, 'complaintsOutbox', 'nodes'))).toBe(true),
  },
  ...refused('complaintsOutbox', OUTBOX, undefined, ['hunan', 'furong', 'beijing', 'nanshanMarket', 'court', 'changshaCredit', 'service', 'public']),
  ...handlingCases(),
  ...clueAndLetterCases(),
];
