import { demoEntities, demoRecordIds } from '../../../subgraphs/kit/demo/demoCast';
import type { Caller, MatrixCase, Outcome } from './matrixCase';

const { changshaCredit, beijingRating, shanghaiBankrupt } = demoEntities;

/**
 * The demo's repair cases by id: seedRepairDemo saves them in this order into an empty database.
 * 1 changshaCredit's penalty, APPROVED, 430102, no request; 2 changshaCredit's list entry,
 * AWAITING_CONFIRMATION, 430102, two requests to the court 湘0102; 3 beijingRating's false
 * disclosure, APPLIED, 110105; 4 shanghaiBankrupt's penalty, REJECTED, 310110; 5 changshaExited's
 * penalty, APPROVED, 430105.
 */
const demoCase = { changshaApproved: '1', changshaAwaiting: '2', beijingApplied: '3', changshaExitedApproved: '5' } as const;

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
    variables: { input: { recordId: String(recordId), statement: `矩阵：${caller} 申请修复记录 ${recordId}。` } },
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
    variables: { input: { repairCaseId, authority, kind: 'OBLIGATIONS_FULFILLED' } },
    expect: expectation,
    check: (data) => {
      expect(data.requestConfirmation).toMatchObject({ authority, status: 'PENDING', repairCase: { id: repairCaseId, status: 'AWAITING_CONFIRMATION' } });
    },
  };
}

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
  repairCasesRow('beijing', 'inside', regionStarts('11'), ['3'], ['1', '2', '4', '5']),
  repairCasesRow('court', 'inside', addressedTo('湘0102'), ['2'], ['1', '3', '4', '5']),
  repairCasesRow('otherCourt', 'outside', addressedTo('京0105'), [], ['1', '2', '3', '4', '5']),
  repairCasesRow('changshaCredit', 'inside', subjectIs(changshaCredit.uscc), ['1', '2'], ['3', '4', '5']),
  repairCasesRow('beijingRating', 'inside', subjectIs(beijingRating.uscc), ['3'], ['1', '2', '4', '5']),
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

  applyRow('national', '—', demoRecordIds.shanghaiPenalty, 'allowed', shanghaiBankrupt),
  applyRow('national', '—', 99_999, 'NOT_FOUND'),
  applyRow('national', '—', demoRecordIds.anonymousClue, 'CONFLICT'),
  applyRow('beijingRating', 'inside', demoRecordIds.beijingExpiredPenalty, 'allowed', beijingRating),
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

  auditLogRow('national', 'allowed'),
  ...forbiddenTo(['hunan', 'changshaCredit', 'court', 'service', 'public'], (caller) => auditLogRow(caller, 'FORBIDDEN')),
];
