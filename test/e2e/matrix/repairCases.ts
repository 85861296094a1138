import { demoEntities, demoRecordIds } from '../../../subgraphs/kit/demo/demoCast';
import type { Caller, MatrixCase, Outcome } from './matrixCase';

const { changshaCredit, beijingRating } = demoEntities;

/**
 * The demo's repair cases by id: seedRepairDemo saves them in this order into an empty database.
 * 1 changshaCredit's penalty, APPROVED, 430102, no request; 2 changshaCredit's list entry,
 * AWAITING_CONFIRMATION, 430102, two requests to the court 湘0102; 3 beijingRating's false
 * disclosure, APPLIED, 110105; 4 shanghaiBankrupt's penalty, REJECTED, 310110; 5 changshaExited's
 * penalty, APPROVED, 430105; 6 beijingRating's expired penalty, APPLIED, 110105 (only the
 * decideRepair rows touch it).
 */
const demoCase = { changshaApproved: '1', changshaAwaiting: '2', beijingApplied: '3', shanghaiRejected: '4', changshaExitedApproved: '5', beijingExpired: '6' } as const;

/**
 * The demo's confirmation requests by id: 1 case 2's SETTLEMENT_REACHED to 湘0102, CONFIRMED;
 * 2 case 2's SETTLEMENT_PERFORMED to 湘0102, PENDING (only the court's answer row answers it,
 * DENIED, so that no row could approve case 2); 3 case 4's to 沪0110, DENIED; 4 case 4's to a
 * listing authority, WITHDRAWN; 5 case 5's to a listing authority (430105), CONFIRMED.
 */
const demoRequest = { changshaPending: '2', shanghaiDenied: '3', kaifuConfirmed: '5' } as const;

const DOCUMENTS = [
  { kind: 'COMMITMENT_LETTER', reference: '矩阵承诺书' },
  { kind: 'PROOF_OF_CORRECTION', reference: '矩阵缴款书' },
];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const at = (value: unknown, ...path: string[]): unknown => path.reduce<unknown>((v, key) => (isRecord(v) ? v[key] : undefined), value);
const listAt = (value: unknown, ...path: string[]): Record<string, unknown>[] => {
  const list = at(value, ...path);
  return Array.isArray(list) ? list.filter(isRecord) : [];
};
const idsAt = (value: unknown, ...path: string[]) => listAt(value, ...path).map((node) => node.id);

const REPAIR_CASE = 'query ($id: ID!) { repairCase(id: $id) { id region subject { uscc } } }';

function repairCaseRow(caller: Caller, scope: MatrixCase['scope'], id: string, expectation: Outcome): MatrixCase {
  return {
    operation: `repairCase(id: ${id})`,
    caller,
    scope,
    query: REPAIR_CASE,
    variables: { id },
    expect: expectation,
    check: (data) => {
      if (expectation === 'hidden') expect(data).toEqual({ repairCase: null });
      else expect(at(data, 'repairCase', 'id')).toBe(id);
    },
  };
}

const REPAIR_CASES = '{ repairCases(first: 200) { totalCount nodes { id region subject { uscc } confirmationRequests { authority } } } }';

/** `repairCases` as `caller`: every node passes `inScope`, the listed ids are there, the unlisted ones are not. */
function repairCasesRow(
  caller: Caller,
  scope: MatrixCase['scope'],
  inScope: (node: Record<string, unknown>) => boolean,
  includes: string[],
  excludes: string[],
): MatrixCase {
  return {
    operation: 'repairCases (only what is in scope)',
    caller,
    scope,
    query: REPAIR_CASES,
    expect: includes.length ? 'allowed' : 'hidden',
    check: (data) => {
      const nodes = listAt(data, 'repairCases', 'nodes');
      expect(at(data, 'repairCases', 'totalCount')).toBe(nodes.length);
      for (const node of nodes) expect(inScope(node)).toBe(true);
      const ids = nodes.map((node) => node.id);
      expect(ids).toEqual(expect.arrayContaining(includes));
      for (const id of excludes) expect(ids).not.toContain(id);
    },
  };
}

const regionStarts = (prefix: string) => (node: Record<string, unknown>) => String(node.region).startsWith(prefix);
const subjectIs = (code: string) => (node: Record<string, unknown>) => at(node, 'subject', 'uscc') === code;
/** A court sees the cases with a request addressed to it, and of their requests only those. */
const addressedTo = (court: string) => (node: Record<string, unknown>) => {
  const authorities = listAt(node, 'confirmationRequests').map((request) => request.authority);
  return authorities.length > 0 && authorities.every((authority) => authority === court);
};

const ENTITY_FACTS = 'query ($uscc: USCC!) { marketEntity(uscc: $uscc) { uscc openRepairCaseCount repairCases { totalCount nodes { id } } } }';

/** changshaCredit's repair facts: its two cases (1 approved, 2 open), or none out of scope; no row adds to them. */
function entityFactsRow(caller: Caller, scope: MatrixCase['scope'], expectation: Outcome): MatrixCase {
  return {
    operation: 'MarketEntity.repairCases / openRepairCaseCount',
    caller,
    scope,
    query: ENTITY_FACTS,
    variables: { uscc: changshaCredit.uscc },
    expect: expectation,
    check: (data) => {
      const seen = expectation === 'allowed';
      expect(data).toEqual({
        marketEntity: {
          uscc: changshaCredit.uscc,
          openRepairCaseCount: seen ? 1 : 0,
          repairCases: { totalCount: seen ? 2 : 0, nodes: seen ? [{ id: demoCase.changshaAwaiting }, { id: demoCase.changshaApproved }] : [] },
        },
      });
    },
  };
}

const RECORD_FACTS = 'query ($id: ID!) { dishonestyRecord(id: $id) { id repaired repair { id status } } }';

/**
 * The repair of changshaCredit's penalty (approved, case 1), as records gives the record and
 * repair its facts. Out of scope the record reads as absent; where records still answers, repair
 * shows no case of it.
 */
function recordFactsRow(caller: Caller, scope: MatrixCase['scope'], expectation: Outcome): MatrixCase {
  return {
    operation: 'DishonestyRecord.repair / repaired',
    caller,
    scope,
    query: RECORD_FACTS,
    variables: { id: String(demoRecordIds.changshaPenalty) },
    expect: expectation,
    check: (data) => {
      if (expectation === 'hidden') {
        expect(at(data, 'dishonestyRecord', 'repair') ?? null).toBeNull();
        expect(at(data, 'dishonestyRecord', 'repaired') ?? false).toBe(false);
      } else {
        expect(data).toEqual({ dishonestyRecord: { id: String(demoRecordIds.changshaPenalty), repaired: true, repair: { id: demoCase.changshaApproved, status: 'APPROVED' } } });
      }
    },
  };
}

/** The facts alone, and each list alone, so a row tests one rule (what a SERVICE may read of repair: the facts, not the cases). */
const OPEN_COUNT = 'query ($uscc: USCC!) { marketEntity(uscc: $uscc) { uscc openRepairCaseCount } }';
const openCountRow = (caller: Caller): MatrixCase => ({
  operation: 'MarketEntity.openRepairCaseCount',
  caller,
  scope: '—',
  query: OPEN_COUNT,
  variables: { uscc: changshaCredit.uscc },
  expect: 'allowed',
  check: (data) => expect(data).toEqual({ marketEntity: { uscc: changshaCredit.uscc, openRepairCaseCount: 1 } }),
});
const EXIT_FACTS = 'query ($uscc: USCC!) { marketEntity(uscc: $uscc) { uscc repairedRecordIds obligationsFulfilledRecordIds settlementReachedRecordIds settlementPerformedRecordIds } }';
/** changshaCredit's facts for the ledger's exit criteria: its penalty repaired, its list entry's settlement reached (performed still PENDING); none out of scope. */
const exitFactsRow = (caller: Caller, scope: MatrixCase['scope'], expectation: Outcome): MatrixCase => ({
  operation: 'MarketEntity.repairedRecordIds / obligationsFulfilledRecordIds / settlementReachedRecordIds / settlementPerformedRecordIds',
  caller,
  scope,
  query: EXIT_FACTS,
  variables: { uscc: changshaCredit.uscc },
  expect: expectation,
  check: (data) => {
    const seen = expectation === 'allowed';
    expect(data).toEqual({ marketEntity: {
      uscc: changshaCredit.uscc,
      repairedRecordIds: seen ? [String(demoRecordIds.changshaPenalty)] : [],
      obligationsFulfilledRecordIds: [],
      settlementReachedRecordIds: seen ? [String(demoRecordIds.changshaListEntry)] : [],
      settlementPerformedRecordIds: [],
    } });
  },
});
const entityCasesRow = (caller: Caller, expectation: Outcome): MatrixCase => ({
  operation: 'MarketEntity.repairCases',
  caller,
  scope: '—',
  query: 'query ($uscc: USCC!) { marketEntity(uscc: $uscc) { uscc repairCases { totalCount nodes { id } } } }',
  variables: { uscc: changshaCredit.uscc },
  expect: expectation,
});
const REPAIRED = 'query ($id: ID!) { dishonestyRecord(id: $id) { id repaired } }';
const repairedRow = (caller: Caller): MatrixCase => ({
  operation: 'DishonestyRecord.repaired',
  caller,
  scope: '—',
  query: REPAIRED,
  variables: { id: String(demoRecordIds.changshaPenalty) },
  expect: 'allowed',
  check: (data) => expect(data).toEqual({ dishonestyRecord: { id: String(demoRecordIds.changshaPenalty), repaired: true } }),
});
const recordRepairRow = (caller: Caller, expectation: Outcome): MatrixCase => ({
  operation: 'DishonestyRecord.repair',
  caller,
  scope: '—',
  query: 'query ($id: ID!) { dishonestyRecord(id: $id) { id repair { id status } } }',
  variables: { id: String(demoRecordIds.changshaPenalty) },
  expect: expectation,
});

const INBOX = 'query ($court: String) { courtInbox(court: $court, first: 200) { totalCount nodes { authority repairCase { id confirmationRequests { authority } } } } }';

function inboxRow(caller: Caller, court: string | null, expectation: Outcome, own?: { court: string; cases: string[] }): MatrixCase {
  return {
    operation: `courtInbox(${court === null ? '' : `court: ${court}`})`,
    caller,
    scope: '—',
    query: INBOX,
    variables: { court },
    expect: expectation,
    check: (data) => {
      if (!own) return;
      const nodes = listAt(data, 'courtInbox', 'nodes');
      expect(at(data, 'courtInbox', 'totalCount')).toBe(nodes.length);
      expect(nodes.map((node) => node.authority)).toEqual(nodes.map(() => own.court));
      expect(nodes.map((node) => at(node, 'repairCase', 'id'))).toEqual(expect.arrayContaining(own.cases));
      if (caller !== 'national') {
        for (const node of nodes) expect(addressedTo(own.court)(isRecord(node.repairCase) ? node.repairCase : {})).toBe(true);
      }
    },
  };
}

const APPLY = 'mutation ($input: ApplyForRepairInput!) { applyForRepair(input: $input) { id status region subject { uscc } record { id } } }';

/** Each row applies with its own statement; only the two allowed rows take a record no other row takes. */
function applyRow(caller: Caller, scope: MatrixCase['scope'], recordId: number, expectation: Outcome, subject?: { uscc: string; region: string }): MatrixCase {
  return {
    operation: `applyForRepair(record ${recordId})`,
    caller,
    scope,
    query: APPLY,
    variables: { input: { recordId: String(recordId), statement: `矩阵：${caller} 申请修复记录 ${recordId}。`, documents: DOCUMENTS } },
    expect: expectation,
    check: (data) => {
      if (subject) {
        expect(data.applyForRepair).toMatchObject({ status: 'APPLIED', region: subject.region, subject: { uscc: subject.uscc }, record: { id: String(recordId) } });
      }
    },
  };
}

const REQUEST = 'mutation ($input: RequestConfirmationInput!) { requestConfirmation(input: $input) { id authority status repairCase { id status } } }';

/** Each row asks its own authority (no court among the callers), so no row changes what another sees. */
function requestRow(caller: Caller, scope: MatrixCase['scope'], repairCaseId: string, authority: string, expectation: Outcome): MatrixCase {
  return {
    operation: `requestConfirmation(case ${repairCaseId})`,
    caller,
    scope,
    query: REQUEST,
    variables: { input: { repairCaseId, authority, authorityKind: 'COURT', caseNumber: `(2021)${authority}执1号`, kind: 'OBLIGATIONS_FULFILLED' } },
    expect: expectation,
    check: (data) => {
      expect(data.requestConfirmation).toMatchObject({ authority, status: 'PENDING', repairCase: { id: repairCaseId, status: 'AWAITING_CONFIRMATION' } });
    },
  };
}

const ANSWER = 'mutation ($input: AnswerConfirmationInput!) { answerConfirmation(input: $input) { id status answerDocument } }';

/** Answers DENIED, so that whatever the order of rows no row can approve case 2. */
function answerRow(caller: Caller, scope: MatrixCase['scope'], requestId: string, expectation: Outcome): MatrixCase {
  return {
    operation: `answerConfirmation(request ${requestId})`,
    caller,
    scope,
    query: ANSWER,
    variables: { input: { requestId, answer: 'DENIED', document: '矩阵：执行情况告知书', note: `矩阵：${caller}` } },
    expect: expectation,
    check: (data) => expect(data.answerConfirmation).toEqual({ id: requestId, status: 'DENIED', answerDocument: '矩阵：执行情况告知书' }),
  };
}

const DECIDE = 'mutation ($id: ID!, $approve: Boolean!, $note: String) { decideRepair(repairCaseId: $id, approve: $approve, note: $note) { id status } }';

/** Only the allowed row changes a case (rejects case 6, whose record expired: it could never be approved). */
function decideRow(caller: Caller, scope: MatrixCase['scope'], id: string, approve: boolean, expectation: Outcome, note: string | null = `矩阵：${caller} 决定`): MatrixCase {
  return {
    operation: `decideRepair(case ${id}, ${approve ? 'approve' : 'reject'})`,
    caller,
    scope,
    query: DECIDE,
    variables: { id, approve, note },
    expect: expectation,
    check: (data) => expect(data.decideRepair).toEqual({ id, status: approve ? 'APPROVED' : 'REJECTED' }),
  };
}

const OVERDUE_DECISIONS = '{ overdueRepairDecisions(first: 200) { totalCount nodes { id region decisionOverdue subject { uscc } } } }';

/** Overdue decisions as `caller`: every node in scope and overdue; `includes` (cases no row decides) are there. */
function overdueDecisionsRow(caller: Caller, scope: MatrixCase['scope'], inScope: (node: Record<string, unknown>) => boolean, includes: string[], expectation: Outcome = 'allowed'): MatrixCase {
  return {
    operation: 'overdueRepairDecisions',
    caller,
    scope,
    query: OVERDUE_DECISIONS,
    expect: expectation,
    check: (data) => {
      const nodes = listAt(data, 'overdueRepairDecisions', 'nodes');
      expect(at(data, 'overdueRepairDecisions', 'totalCount')).toBe(nodes.length);
      for (const node of nodes) expect([inScope(node), node.decisionOverdue]).toEqual([true, true]);
      expect(nodes.map((node) => node.id)).toEqual(expect.arrayContaining(includes));
    },
  };
}

const OVERDUE_REQUESTS = '{ overdueConfirmationRequests(first: 200) { totalCount nodes { id authority answerOverdue repairCase { id region subject { uscc } } } } }';

/** Overdue requests as `caller`: every node in scope and overdue (which ones depends on whether the court's answer row ran). */
function overdueRequestsRow(caller: Caller, scope: MatrixCase['scope'], inScope: (node: Record<string, unknown>) => boolean, expectation: Outcome = 'allowed'): MatrixCase {
  return {
    operation: 'overdueConfirmationRequests',
    caller,
    scope,
    query: OVERDUE_REQUESTS,
    expect: expectation,
    check: (data) => {
      const nodes = listAt(data, 'overdueConfirmationRequests', 'nodes');
      expect(at(data, 'overdueConfirmationRequests', 'totalCount')).toBe(nodes.length);
      for (const node of nodes) expect([inScope(node), node.answerOverdue]).toEqual([true, true]);
    },
  };
}
const caseRegionStarts = (prefix: string) => (node: Record<string, unknown>) => String(at(node, 'repairCase', 'region')).startsWith(prefix);

const AUDIT_LOG = '{ repairAuditLog(first: 5) { totalCount nodes { actor role operation objectType objectId } } }';

function auditLogRow(caller: Caller, expectation: Outcome): MatrixCase {
  return {
    operation: 'repairAuditLog',
    caller,
    scope: '—',
    query: AUDIT_LOG,
    expect: expectation,
    check: (data) => {
      expect(listAt(data, 'repairAuditLog', 'nodes').length).toBe(Math.min(5, Number(at(data, 'repairAuditLog', 'totalCount'))));
    },
  };
}

const forbiddenTo = (callers: Caller[], row: (caller: Caller) => MatrixCase): MatrixCase[] => callers.map(row);

/** repair: the rows of docs/authorization.md, each role inside and outside its scope. */
export const repairCases: MatrixCase[] = [
  repairCaseRow('national', '—', demoCase.changshaAwaiting, 'allowed'),
  repairCaseRow('hunan', 'inside', demoCase.changshaAwaiting, 'allowed'),
  repairCaseRow('changsha', 'inside', demoCase.changshaExitedApproved, 'allowed'),
  repairCaseRow('furong', 'inside', demoCase.changshaAwaiting, 'allowed'),
  repairCaseRow('furong', 'outside', demoCase.changshaExitedApproved, 'hidden'),
  repairCaseRow('beijing', 'inside', demoCase.beijingApplied, 'allowed'),
  repairCaseRow('beijing', 'outside', demoCase.changshaAwaiting, 'hidden'),
  repairCaseRow('court', 'inside', demoCase.changshaAwaiting, 'allowed'),
  repairCaseRow('court', 'outside', demoCase.changshaApproved, 'hidden'),
  repairCaseRow('otherCourt', 'outside', demoCase.changshaAwaiting, 'hidden'),
  repairCaseRow('changshaCredit', 'inside', demoCase.changshaApproved, 'allowed'),
  repairCaseRow('changshaCredit', 'outside', demoCase.beijingApplied, 'hidden'),
  repairCaseRow('beijingRating', 'inside', demoCase.beijingApplied, 'allowed'),
  repairCaseRow('beijingRating', 'outside', demoCase.changshaAwaiting, 'hidden'),
  ...forbiddenTo(['nanshanMarket', 'service', 'public'], (caller) => repairCaseRow(caller, '—', demoCase.changshaAwaiting, 'FORBIDDEN')),

  repairCasesRow('national', '—', () => true, ['1', '2', '3', '4', '5'], []),
  repairCasesRow('hunan', 'inside', regionStarts('43'), ['1', '2', '5'], ['3', '4']),
  repairCasesRow('furong', 'inside', (node) => node.region === '430102', ['1', '2'], ['3', '4', '5']),
  repairCasesRow('beijing', 'inside', regionStarts('11'), ['3', '6'], ['1', '2', '4', '5']),
  repairCasesRow('court', 'inside', addressedTo('湘0102'), ['2'], ['1', '3', '4', '5']),
  repairCasesRow('otherCourt', 'outside', addressedTo('京0105'), [], ['1', '2', '3', '4', '5']),
  repairCasesRow('changshaCredit', 'inside', subjectIs(changshaCredit.uscc), ['1', '2'], ['3', '4', '5']),
  repairCasesRow('beijingRating', 'inside', subjectIs(beijingRating.uscc), ['3', '6'], ['1', '2', '4', '5']),
  ...forbiddenTo(['nanshanMarket', 'service', 'public'], (caller) => ({
    operation: 'repairCases', caller, scope: '—', query: REPAIR_CASES, expect: 'FORBIDDEN',
  })),
  {
    operation: "RepairCase.record.repaired (a court may read the case, not the record's repair)",
    caller: 'court',
    scope: 'inside',
    query: 'query ($id: ID!) { repairCase(id: $id) { id record { id repaired } } }',
    variables: { id: demoCase.changshaAwaiting },
    expect: 'FORBIDDEN',
  },

  exitFactsRow('national', '—', 'allowed'),
  exitFactsRow('service', '—', 'allowed'),
  exitFactsRow('hunan', 'inside', 'allowed'),
  exitFactsRow('beijing', 'outside', 'hidden'),
  exitFactsRow('changshaCredit', 'inside', 'allowed'),
  exitFactsRow('beijingRating', 'outside', 'hidden'),
  ...forbiddenTo(['court', 'nanshanMarket', 'public'], (caller) => exitFactsRow(caller, '—', 'FORBIDDEN')),

  entityFactsRow('national', '—', 'allowed'),
  openCountRow('national'),
  openCountRow('service'),
  entityCasesRow('service', 'FORBIDDEN'),
  entityFactsRow('hunan', 'inside', 'allowed'),
  entityFactsRow('furong', 'inside', 'allowed'),
  entityFactsRow('beijing', 'outside', 'hidden'),
  entityFactsRow('changshaCredit', 'inside', 'allowed'),
  entityFactsRow('beijingRating', 'outside', 'hidden'),
  ...forbiddenTo(['court', 'nanshanMarket', 'public'], (caller) => entityFactsRow(caller, '—', 'FORBIDDEN')),

  recordFactsRow('national', '—', 'allowed'),
  repairedRow('national'),
  repairedRow('service'),
  recordRepairRow('service', 'FORBIDDEN'),
  recordFactsRow('changsha', 'inside', 'allowed'),
  recordFactsRow('furong', 'inside', 'allowed'),
  recordFactsRow('beijing', 'outside', 'hidden'),
  recordFactsRow('changshaCredit', 'inside', 'allowed'),
  recordFactsRow('beijingRating', 'outside', 'hidden'),
  ...forbiddenTo(['court', 'nanshanMarket', 'public'], (caller) => recordFactsRow(caller, '—', 'FORBIDDEN')),

  inboxRow('court', null, 'allowed', { court: '湘0102', cases: [demoCase.changshaAwaiting] }),
  inboxRow('court', '湘0102', 'allowed', { court: '湘0102', cases: [demoCase.changshaAwaiting] }),
  inboxRow('court', '京0105', 'FORBIDDEN'),
  inboxRow('otherCourt', null, 'allowed', { court: '京0105', cases: [] }),
  inboxRow('national', '湘0102', 'allowed', { court: '湘0102', cases: [demoCase.changshaAwaiting] }),
  inboxRow('national', null, 'BAD_USER_INPUT'),
  ...forbiddenTo(['hunan', 'changshaCredit', 'service', 'nanshanMarket', 'public'], (caller) => inboxRow(caller, '湘0102', 'FORBIDDEN')),

  // Its publicity ended in 2022: nothing left to repair at today's date (repairApplication.test.ts applies on the demo's 2021 clock).
  applyRow('national', '—', demoRecordIds.shanghaiPenalty, 'CONFLICT'),
  applyRow('national', '—', 99_999, 'NOT_FOUND'),
  applyRow('national', '—', demoRecordIds.anonymousClue, 'CONFLICT'),
  applyRow('beijingRating', 'inside', demoRecordIds.beijingExpiredPenalty, 'CONFLICT'),
  applyRow('beijingRating', 'outside', demoRecordIds.changshaPenalty, 'NOT_FOUND'),
  applyRow('changshaCredit', 'inside', demoRecordIds.changshaListEntry, 'CONFLICT'),
  applyRow('changshaCredit', 'outside', demoRecordIds.beijingExpiredPenalty, 'NOT_FOUND'),
  applyRow('changsha', 'inside', demoRecordIds.changshaExitedPenalty, 'CONFLICT'),
  applyRow('furong', 'outside', demoRecordIds.changshaExitedPenalty, 'NOT_FOUND'),
  applyRow('beijing', 'inside', demoRecordIds.beijingFalseDisclosure, 'CONFLICT'),
  applyRow('beijing', 'outside', demoRecordIds.shanghaiPenalty, 'NOT_FOUND'),
  applyRow('hunan', 'outside', demoRecordIds.anonymousClue, 'NOT_FOUND'),
  ...forbiddenTo(['court', 'nanshanMarket', 'service', 'public'], (caller) => applyRow(caller, '—', demoRecordIds.shenzhenClue, 'FORBIDDEN')),

  requestRow('national', '—', demoCase.changshaAwaiting, '湘0111', 'allowed'),
  requestRow('hunan', 'inside', demoCase.changshaAwaiting, '湘0112', 'allowed'),
  requestRow('furong', 'inside', demoCase.changshaAwaiting, '湘0121', 'allowed'),
  requestRow('beijing', 'inside', demoCase.beijingApplied, '京0101', 'allowed'),
  requestRow('beijing', 'outside', demoCase.changshaAwaiting, '京0102', 'NOT_FOUND'),
  requestRow('changsha', 'inside', demoCase.changshaExitedApproved, '湘0105', 'CONFLICT'),
  requestRow('furong', 'outside', demoCase.changshaExitedApproved, '湘0103', 'NOT_FOUND'),
  ...forbiddenTo(['changshaCredit', 'court', 'nanshanMarket', 'service', 'public'], (caller) =>
    requestRow(caller, '—', demoCase.changshaAwaiting, '湘0104', 'FORBIDDEN')),

  answerRow('court', 'inside', demoRequest.changshaPending, 'allowed'),
  answerRow('court', 'outside', demoRequest.shanghaiDenied, 'NOT_FOUND'),
  answerRow('otherCourt', 'outside', demoRequest.changshaPending, 'NOT_FOUND'),
  answerRow('furong', 'inside', demoRequest.changshaPending, 'FORBIDDEN'),
  answerRow('national', '—', demoRequest.changshaPending, 'FORBIDDEN'),
  answerRow('changsha', 'inside', demoRequest.kaifuConfirmed, 'CONFLICT'),
  answerRow('beijing', 'outside', demoRequest.kaifuConfirmed, 'NOT_FOUND'),
  ...forbiddenTo(['changshaCredit', 'nanshanMarket', 'service', 'public'], (caller) => answerRow(caller, '—', demoRequest.changshaPending, 'FORBIDDEN')),

  decideRow('beijing', 'inside', demoCase.beijingExpired, false, 'allowed', '记录已于公示期满后不再公示，无需修复。'),
  decideRow('beijing', 'inside', demoCase.beijingExpired, true, 'CONFLICT'),
  decideRow('national', '—', demoCase.changshaApproved, false, 'CONFLICT'),
  decideRow('hunan', 'inside', demoCase.changshaAwaiting, true, 'CONFLICT'),
  decideRow('hunan', 'inside', demoCase.changshaAwaiting, false, 'BAD_USER_INPUT', null),
  decideRow('furong', 'outside', demoCase.beijingExpired, false, 'NOT_FOUND'),
  decideRow('changsha', 'inside', demoCase.changshaExitedApproved, true, 'CONFLICT'),
  ...forbiddenTo(['court', 'changshaCredit', 'beijingRating', 'nanshanMarket', 'service', 'public'], (caller) =>
    decideRow(caller, '—', demoCase.beijingExpired, false, 'FORBIDDEN')),

  overdueDecisionsRow('national', '—', () => true, [demoCase.changshaAwaiting, demoCase.beijingApplied]),
  overdueDecisionsRow('hunan', 'inside', regionStarts('43'), [demoCase.changshaAwaiting]),
  overdueDecisionsRow('furong', 'inside', (node) => node.region === '430102', [demoCase.changshaAwaiting]),
  overdueDecisionsRow('beijing', 'inside', regionStarts('11'), [demoCase.beijingApplied]),
  overdueDecisionsRow('changshaCredit', 'inside', subjectIs(changshaCredit.uscc), [demoCase.changshaAwaiting]),
  overdueDecisionsRow('beijingRating', 'inside', subjectIs(beijingRating.uscc), [demoCase.beijingApplied]),
  ...forbiddenTo(['court', 'nanshanMarket', 'service', 'public'], (caller) => overdueDecisionsRow(caller, '—', () => true, [], 'FORBIDDEN')),

  overdueRequestsRow('national', '—', () => true),
  overdueRequestsRow('hunan', 'inside', caseRegionStarts('43')),
  overdueRequestsRow('beijing', 'inside', caseRegionStarts('11')),
  overdueRequestsRow('court', 'inside', (node) => node.authority === '湘0102'),
  overdueRequestsRow('otherCourt', 'outside', (node) => node.authority === '京0105'),
  overdueRequestsRow('changshaCredit', 'inside', (node) => at(node, 'repairCase', 'subject', 'uscc') === changshaCredit.uscc),
  ...forbiddenTo(['nanshanMarket', 'service', 'public'], (caller) => overdueRequestsRow(caller, '—', () => true, 'FORBIDDEN')),

  auditLogRow('national', 'allowed'),
  ...forbiddenTo(['hunan', 'changshaCredit', 'court', 'service', 'public'], (caller) => auditLogRow(caller, 'FORBIDDEN')),
];
