import { maskName } from '../../../subgraphs/kit/crypto/mask';
import { demoAnonymousSubject, demoEntities, demoRecordIds } from '../../../subgraphs/kit/demo/demoCast';
import { regionCovers } from '../../../subgraphs/kit/scalars/regionCode';
import { demoLedgerReportIds } from '../../../subgraphs/records/demo/seedLedgerReportsDemo';
import { demoLedgerEntryIds } from '../../../subgraphs/records/demo/seedRecordsDemo';
import { uscc } from '../../support/uscc';
import type { Caller, MatrixCase, Outcome } from './matrixCase';

const { changshaCredit, beijingRating, changshaExited } = demoEntities;
const ids = demoRecordIds;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The nodes of the connection `data[field]`. */
function nodesOf(data: Record<string, unknown>, field: string): Record<string, unknown>[] {
  const connection = data[field];
  if (!isRecord(connection) || !Array.isArray(connection.nodes)) throw new Error(`${field} is not a connection`);
  return connection.nodes.filter(isRecord);
}

const subjectUsccOf = (node: Record<string, unknown>) => (isRecord(node.subject) ? node.subject.uscc : null);

/** Every node of `field` in a region `scope` covers, and at least one. */
const allInRegion = (field: string, scope: string) => (data: Record<string, unknown>) => {
  const nodes = nodesOf(data, field);
  expect(nodes.length).toBeGreaterThan(0);
  for (const node of nodes) expect(typeof node.region === 'string' && regionCovers(scope, node.region)).toBe(true);
};

const RECORD = 'query ($id: ID!) { dishonestyRecord(id: $id) { id region kind subject { uscc } } }';
const record = (caller: Caller, scope: MatrixCase['scope'], id: number, outcome: Outcome): MatrixCase => ({
  operation: 'dishonestyRecord(id)',
  caller,
  scope,
  query: RECORD,
  variables: { id: String(id) },
  expect: outcome,
  check: (data) =>
    expect(data).toEqual({ dishonestyRecord: outcome === 'allowed' ? expect.objectContaining({ id: String(id) }) : null }),
});

/** `RepairCase.record` makes the gateway ask records' `_entities` for the record, as the caller. */
const RECORD_ENTITY = `query ($uscc: USCC!) { repairCases(filter: { uscc: $uscc }, first: 20) { nodes { record { id region kind } } } }`;
const recordEntity = (caller: Caller, scope: MatrixCase['scope'], outcome: Outcome): MatrixCase => ({
  operation: 'DishonestyRecord in _entities (RepairCase.record)',
  caller,
  scope,
  query: RECORD_ENTITY,
  variables: { uscc: changshaCredit.uscc },
  expect: outcome,
  check: (data) => {
    const records = nodesOf(data, 'repairCases').map((node) => node.record);
    expect(records.length).toBeGreaterThan(0);
    for (const found of records) expect(found).toMatchObject({ region: changshaCredit.region });
  },
});

const RECORDS = 'query ($filter: DishonestyRecordFilter) { dishonestyRecords(filter: $filter, first: 100) { totalCount nodes { id region subject { uscc } } } }';
const noRecords = (data: Record<string, unknown>) => expect(data).toEqual({ dishonestyRecords: { totalCount: 0, nodes: [] } });

const FACTS = `query ($uscc: USCC!) { marketEntity(uscc: $uscc) {
  uscc recordCount activeRecordCount dishonestyRecords(first: 20) { totalCount nodes { id region } } ledgerEntries { region status } interviews { region }
} }`;
const factsOf = (entity: { uscc: string; region: string }) => (data: Record<string, unknown>) =>
  expect(data).toEqual({
    marketEntity: {
      uscc: entity.uscc,
      recordCount: expect.any(Number),
      activeRecordCount: expect.any(Number),
      dishonestyRecords: { totalCount: expect.any(Number), nodes: expect.arrayContaining([{ id: expect.any(String), region: entity.region }]) },
      ledgerEntries: [{ region: entity.region, status: expect.any(String) }],
      interviews: expect.any(Array),
    },
  });
const noFacts = (entity: { uscc: string }) => (data: Record<string, unknown>) =>
  expect(data).toEqual({
    marketEntity: { uscc: entity.uscc, recordCount: 0, activeRecordCount: 0, dishonestyRecords: { totalCount: 0, nodes: [] }, ledgerEntries: [], interviews: [] },
  });
const facts = (caller: Caller, scope: MatrixCase['scope'], entity: { uscc: string; region: string }, outcome: Outcome): MatrixCase => ({
  operation: 'MarketEntity.dishonestyRecords / recordCount / activeRecordCount / ledgerEntries / interviews',
  caller,
  scope,
  query: FACTS,
  variables: { uscc: entity.uscc },
  expect: outcome,
  check: outcome === 'allowed' ? factsOf(entity) : noFacts(entity),
});

const COUNTS = 'query ($uscc: USCC!) { marketEntity(uscc: $uscc) { uscc recordCount activeRecordCount } }';
/** The counts alone: what a SERVICE may read of an entity's records (the same numbers the national regulator reads). */
const counts = (caller: Caller, entity: { uscc: string }, expected: { recordCount: number; activeRecordCount: number }): MatrixCase => ({
  operation: 'MarketEntity.recordCount / activeRecordCount',
  caller,
  scope: '—',
  query: COUNTS,
  variables: { uscc: entity.uscc },
  expect: 'allowed',
  check: (data) => expect(data).toEqual({ marketEntity: { uscc: entity.uscc, ...expected } }),
});

/** One list field of an entity alone, so a row tests one rule. */
const LIST_FIELDS = {
  dishonestyRecords: 'dishonestyRecords(first: 20) { totalCount nodes { id region } }',
  ledgerEntries: 'ledgerEntries { region status }',
  interviews: 'interviews { region }',
} as const;
const listField = (field: keyof typeof LIST_FIELDS, caller: Caller, entity: { uscc: string }, outcome: Outcome): MatrixCase => ({
  operation: `MarketEntity.${field}`,
  caller,
  scope: '—',
  query: `query ($uscc: USCC!) { marketEntity(uscc: $uscc) { uscc ${LIST_FIELDS[field]} } }`,
  variables: { uscc: entity.uscc },
  expect: outcome,
});

/**
 * beijingRating's demo records: a clue (active: clues are not published, so they do not expire),
 * a false disclosure whose publicity ended in 2022 and a minor penalty never published (both
 * expired), a revoked breach.
 */
const beijingRatingCounts = { recordCount: 4, activeRecordCount: 1 };

const LEDGER = 'query ($region: RegionCode!) { governanceLedger(region: $region, first: 100) { totalCount nodes { region subject { uscc } } } }';
const ledger = (caller: Caller, scope: MatrixCase['scope'], region: string, outcome: Outcome): MatrixCase => ({
  operation: 'governanceLedger(region)',
  caller,
  scope,
  query: LEDGER,
  variables: { region },
  expect: outcome,
  check: allInRegion('governanceLedger', region),
});

const LEDGER_ENTRY = `query ($id: ID!) { ledgerEntry(id: $id) { id region status subject { uscc }
  measures { interviewUnits commitmentCollected recordsRepaired recordsToRepair } } }`;
const LEDGER_ENTRY_CHECK = 'query ($id: ID!) { ledgerEntry(id: $id) { id exitCheck { allowed criteria { code met } } } }';
/** One entry with its measures (institutions' and repair's facts through @requires); `hidden` out of scope. */
const ledgerEntry = (caller: Caller, scope: MatrixCase['scope'], entry: keyof typeof demoLedgerEntryIds, outcome: Outcome, query = LEDGER_ENTRY): MatrixCase => ({
  operation: query === LEDGER_ENTRY ? 'ledgerEntry(id) with measures' : 'ledgerEntry(id) with exitCheck',
  caller,
  scope,
  query,
  variables: { id: String(demoLedgerEntryIds[entry]) },
  expect: outcome,
  check: (data) => expect(data).toEqual({ ledgerEntry: outcome === 'allowed' ? expect.objectContaining({ id: String(demoLedgerEntryIds[entry]) }) : null }),
});

const ENTRY_INTERVIEWS = 'query ($id: ID!) { ledgerEntry(id: $id) { id interviews { region } } }';
/** An entry's interview list: a list, kept from SERVICE as MarketEntity.interviews is (its facts are in measures.interviewUnits). */
const entryInterviews = (caller: Caller, scope: MatrixCase['scope'], outcome: Outcome): MatrixCase => ({
  operation: 'LedgerEntry.interviews',
  caller,
  scope,
  query: ENTRY_INTERVIEWS,
  variables: { id: String(demoLedgerEntryIds.changshaCredit) },
  expect: outcome,
  check: (data) => expect(data).toEqual({ ledgerEntry: { id: String(demoLedgerEntryIds.changshaCredit), interviews: expect.any(Array) } }),
});

const DECIDE_EXIT = 'mutation ($id: ID!) { decideLedgerExit(entryId: $id) { id status } }';
/** On the demo's exited entry (430105): an entry already EXITED is CONFLICT for whoever may decide, so rows change nothing. */
const decideLedgerExit = (caller: Caller, scope: MatrixCase['scope'], outcome: Outcome): MatrixCase => ({
  operation: 'decideLedgerExit', caller, scope, query: DECIDE_EXIT, variables: { id: String(demoLedgerEntryIds.changshaExited) }, expect: outcome,
});
const OVERRIDE_EXIT = 'mutation ($id: ID!) { decideLedgerExit(entryId: $id, override: true) { id status } }';

const SCREEN = 'mutation ($region: RegionCode!) { screenLedger(region: $region) { region entries added excluded exclusions { reason } } }';
const screenLedger = (caller: Caller, scope: MatrixCase['scope'], region: string, outcome: Outcome): MatrixCase => ({
  operation: 'screenLedger(region)', caller, scope, query: SCREEN, variables: { region }, expect: outcome,
  check: (data) => expect(data).toEqual({ screenLedger: expect.objectContaining({ region, entries: expect.any(Number) }) }),
});

const UPDATE_ENTRY = 'mutation ($id: ID!, $unit: String) { updateLedgerEntry(entryId: $id, responsibleUnit: $unit) { id responsibleUnit } }';
/** Each caller sets the responsible unit of the demo's exited entry to its own name, so rows do not depend on one another. */
const updateLedgerEntry = (caller: Caller, scope: MatrixCase['scope'], outcome: Outcome): MatrixCase => ({
  operation: 'updateLedgerEntry', caller, scope, query: UPDATE_ENTRY,
  variables: { id: String(demoLedgerEntryIds.changshaExited), unit: `${caller} 指定的责任单位` },
  expect: outcome,
  check: (data) => expect(data).toEqual({ updateLedgerEntry: { id: String(demoLedgerEntryIds.changshaExited), responsibleUnit: `${caller} 指定的责任单位` } }),
});

const SUBJECT = 'query ($id: ID!) { dishonestyRecord(id: $id) { id subjectName subjectIdentifiers } }';

const RECORD_DISHONESTY = 'mutation ($input: RecordDishonestyInput!) { recordDishonesty(input: $input) { id region subject { uscc } } }';
/** Each row records about its own new entity, so rows do not depend on one another. */
const recordDishonesty = (caller: Caller, scope: MatrixCase['scope'], n: number, region: string, outcome: Outcome): MatrixCase => {
  const subjectUscc = uscc(`91430102MA4X${String(n).padStart(5, '0')}`);
  return {
    operation: 'recordDishonesty',
    caller,
    scope,
    query: RECORD_DISHONESTY,
    variables: {
      input: {
        subjectUscc, subjectName: `矩阵测试机构${n}`, region, kind: 'ADMINISTRATIVE_PENALTY', authority: '矩阵测试市场监督管理局',
        documentNumber: `矩阵测试罚〔2021〕${n}号`, decidedAt: '2021-05-10', summary: '授权矩阵测试。',
      },
    },
    expect: outcome,
    check: (data) => expect(data).toEqual({ recordDishonesty: { id: expect.any(String), region, subject: { uscc: subjectUscc } } }),
  };
};

const COLLECT = `mutation ($key: String!, $input: RecordDishonestyInput!) {
  collectAgencyRecord(sourceKey: $key, onBehalfOf: "矩阵测试经办人", input: $input) { id kind subject { uscc } }
}`;
/** Each row collects under its own key about its own entity. */
const collectAgencyRecord = (caller: Caller, n: number, outcome: Outcome): MatrixCase => {
  const subjectUscc = uscc(`91430102MA4W${String(n).padStart(5, '0')}`);
  return {
    operation: 'collectAgencyRecord',
    caller,
    scope: '—',
    query: COLLECT,
    variables: {
      key: `clue:matrix-${n}`,
      input: { subjectUscc, subjectName: `矩阵测试线索主体${n}`, region: '430102', kind: 'IMPERSONATION_CLUE', authority: '矩阵测试发展和改革局', decidedAt: '2021-05-10', summary: '授权矩阵测试。' },
    },
    expect: outcome,
    check: (data) => expect(data).toEqual({ collectAgencyRecord: { id: expect.any(String), kind: 'IMPERSONATION_CLUE', subject: { uscc: subjectUscc } } }),
  };
};

/** No demo record carries a source key: the complaints service passes the role check and finds nothing (NOT_FOUND); every other caller is refused first. */
const CLUE_FINDING = `mutation { recordClueFinding(sourceKey: "clue:matrix-none", onBehalfOf: "矩阵测试经办人", finding: UNFOUNDED, regulator: "矩阵测试市场监督管理局") { id } }`;
const recordClueFinding = (caller: Caller, outcome: Outcome): MatrixCase => ({ operation: 'recordClueFinding', caller, scope: '—', query: CLUE_FINDING, expect: outcome });

const REVOKE = `mutation ($id: ID!) { revokeRecord(id: $id, reason: "矩阵测试", documentNumber: "矩阵测试复决字〔2021〕1号", decidedAt: "2021-07-01") { id status } }`;
/**
 * Revoking the demo's revoked breach (Beijing, 110105): a caller who may revoke it gets CONFLICT
 * naming REVOKED (it passed the role and scope checks and changed nothing), a lead unit outside
 * NOT_FOUND, every other role FORBIDDEN. Nothing changes, so rows do not depend on one another;
 * a revocation that succeeds is in test/e2e/recordsWorkflows.test.ts.
 */
const revokeRecord = (caller: Caller, scope: MatrixCase['scope'], outcome: Outcome): MatrixCase => ({
  operation: 'revokeRecord', caller, scope, query: REVOKE, variables: { id: String(ids.beijingRevokedBreach) }, expect: outcome,
});

const RECORD_INTERVIEW = `mutation ($input: RecordInterviewInput!) { recordInterview(input: $input) { id region units subject { uscc } } }`;
/** Each row records an interview of its own new entity. */
const recordInterview = (caller: Caller, scope: MatrixCase['scope'], n: number, region: string, outcome: Outcome): MatrixCase => {
  const subjectUscc = uscc(`91430102MA4U${String(n).padStart(5, '0')}`);
  const units = ['矩阵测试发展和改革局', '矩阵测试市场监督管理局'];
  return {
    operation: 'recordInterview',
    caller,
    scope,
    query: RECORD_INTERVIEW,
    variables: { input: { subjectUscc, region, units, conductedAt: '2021-06-01', summary: '授权矩阵测试约谈。' } },
    expect: outcome,
    check: (data) => expect(data).toEqual({ recordInterview: { id: expect.any(String), region, units, subject: { uscc: subjectUscc } } }),
  };
};

const AUDIT_LOG = '{ recordsAuditLog(first: 5) { totalCount nodes { actor role operation objectType objectId } } }';

const LEDGER_REPORTS = 'query ($region: RegionCode) { ledgerReports(region: $region, first: 50) { totalCount nodes { id region period version } } }';
const ledgerReports = (caller: Caller, scope: MatrixCase['scope'], region: string | undefined, outcome: Outcome, inRegion?: string): MatrixCase => ({
  operation: 'ledgerReports(region, period)',
  caller,
  scope,
  query: LEDGER_REPORTS,
  variables: { region },
  expect: outcome,
  check: inRegion ? allInRegion('ledgerReports', inRegion) : (data) => expect(nodesOf(data, 'ledgerReports').length).toBeGreaterThanOrEqual(2),
});

const LEDGER_REPORT = 'query ($id: ID!) { ledgerReport(id: $id) { id region rows(first: 10) { totalCount nodes { serial uscc commitment } } } }';
const ledgerReport = (caller: Caller, scope: MatrixCase['scope'], id: number, outcome: Outcome): MatrixCase => ({
  operation: 'ledgerReport(id)',
  caller,
  scope,
  query: LEDGER_REPORT,
  variables: { id: String(id) },
  expect: outcome,
  check: (data) =>
    expect(data).toEqual({ ledgerReport: outcome === 'allowed' ? expect.objectContaining({ id: String(id), rows: expect.objectContaining({ totalCount: 1 }) }) : null }),
});

const MISSING_REPORTS = 'query ($region: RegionCode) { missingLedgerReports(period: "2021-05", region: $region) { region entryCount dueAt overdue } }';
const missingLedgerReports = (caller: Caller, scope: MatrixCase['scope'], region: string | undefined, outcome: Outcome, expected?: string[]): MatrixCase => ({
  operation: 'missingLedgerReports(period, region)',
  caller,
  scope,
  query: MISSING_REPORTS,
  variables: { region },
  expect: outcome,
  check: (data) => {
    const list = data.missingLedgerReports;
    expect(Array.isArray(list) && list.filter(isRecord).map((item) => item.region)).toEqual(expected);
  },
});

const SUBMIT_REPORT = 'mutation ($region: RegionCode!) { submitLedgerReport(region: $region, period: "2021-06") { id region period version late } }';
/** Only furong's own submission succeeds (2021-06, which no other row submits); every other row is refused and stores nothing. */
const submitLedgerReport = (caller: Caller, scope: MatrixCase['scope'], region: string, outcome: Outcome): MatrixCase => ({
  operation: 'submitLedgerReport',
  caller,
  scope,
  query: SUBMIT_REPORT,
  variables: { region },
  expect: outcome,
  check: (data) => expect(data).toEqual({ submitLedgerReport: { id: expect.any(String), region, period: '2021-06', version: 1, late: true } }),
});

/** records: the rows of docs/authorization.md, each role inside and outside its scope. */
/** The demo ledger's entries, as ids. */
const demoEntryIds = {
  changshaCredit: String(demoLedgerEntryIds.changshaCredit),
  beijingRating: String(demoLedgerEntryIds.beijingRating),
  shanghaiBankrupt: String(demoLedgerEntryIds.shanghaiBankrupt),
  changshaExited: String(demoLedgerEntryIds.changshaExited),
  shenzhenImpersonator: String(demoLedgerEntryIds.shenzhenImpersonator),
} as const;
const NOT_SUPERVISING = ['changshaCredit', 'service', 'complaintsService', 'nanshanMarket', 'court', 'public'] as const;

const CAMPAIGN = '{ ledgerCampaign { documentNumber targets { deadline exitRate } } }';
const campaign = (caller: Caller, outcome: Outcome): MatrixCase => ({
  operation: 'ledgerCampaign', caller, scope: '—', query: CAMPAIGN, expect: outcome,
  check: (data) => expect(data).toEqual({ ledgerCampaign: { documentNumber: '发改办财金〔2021〕156号', targets: [{ deadline: '2021-06-30', exitRate: 0.9 }, { deadline: '2021-12-31', exitRate: 1 }] } }),
});

const PROGRESS = 'query ($region: RegionCode!) { ledgerProgress(region: $region) { region entries denominator holdingBack { region } subregions { region } } }';
const progress = (caller: Caller, scope: MatrixCase['scope'], region: string, outcome: Outcome): MatrixCase => ({
  operation: 'ledgerProgress(region)', caller, scope, query: PROGRESS, variables: { region }, expect: outcome,
  check: (data) => {
    const found = data.ledgerProgress;
    expect(found).toMatchObject({ region, entries: expect.any(Number), denominator: expect.any(Number) });
    const holding = isRecord(found) && Array.isArray(found.holdingBack) ? found.holdingBack.filter(isRecord) : [];
    for (const entry of holding) expect(typeof entry.region === 'string' && regionCovers(region, entry.region)).toBe(true);
  },
});

const NATIONAL_PROGRESS = '{ nationalLedgerProgress { region entries subregions { region entries } } }';
const nationalProgress = (caller: Caller, outcome: Outcome): MatrixCase => ({
  operation: 'nationalLedgerProgress', caller, scope: '—', query: NATIONAL_PROGRESS, expect: outcome,
  check: (data) => expect(data).toEqual({ nationalLedgerProgress: { region: null, entries: expect.any(Number), subregions: expect.arrayContaining([{ region: '430000', entries: expect.any(Number) }]) } }),
});

const CANDIDATES = 'query ($region: RegionCode!) { riskWarningCandidates(region: $region) { dueOn entry { id region } } }';
/** In the demo, Beijing's and Shenzhen's entries are due (their criteria unmet); Hunan's are not (criteria met, or exited). */
const candidates = (caller: Caller, scope: MatrixCase['scope'], region: string, outcome: Outcome, someDue = true): MatrixCase => ({
  operation: 'riskWarningCandidates(region)', caller, scope, query: CANDIDATES, variables: { region }, expect: outcome,
  check: (data) => {
    const list = Array.isArray(data.riskWarningCandidates) ? data.riskWarningCandidates.filter(isRecord) : [];
    expect(list.length > 0).toBe(someDue);
    for (const candidate of list) expect(isRecord(candidate.entry) && typeof candidate.entry.region === 'string' && regionCovers(region, candidate.entry.region)).toBe(true);
  },
});

const SUPERVISION_FIELDS = 'query ($region: RegionCode!) { governanceLedger(region: $region, first: 100) { nodes { region keySupervisionHistory { grade endKind } riskWarnings { documentNumber } } } }';
const supervisionFields = (caller: Caller, scope: MatrixCase['scope'], region: string, outcome: Outcome): MatrixCase => ({
  operation: 'LedgerEntry.keySupervisionHistory / riskWarnings', caller, scope, query: SUPERVISION_FIELDS, variables: { region }, expect: outcome,
  check: (data) => {
    const nodes = nodesOf(data, 'governanceLedger');
    expect(nodes.some((node) => Array.isArray(node.keySupervisionHistory) && node.keySupervisionHistory.length > 0 || Array.isArray(node.riskWarnings) && node.riskWarnings.length > 0)).toBe(true);
  },
});

const PLACE = 'mutation ($id: ID!, $grade: SupervisionGrade!, $note: String) { placeUnderKeySupervision(entryId: $id, grade: $grade, businessSuspended: false, note: $note) { id region } }';
const place = (caller: Caller, scope: MatrixCase['scope'], entryId: string, grade: string, outcome: Outcome): MatrixCase => ({
  operation: 'placeUnderKeySupervision', caller, scope, query: PLACE, variables: { id: entryId, grade, note: `matrix: ${caller} ${grade}` }, expect: outcome,
  check: (data) => expect(data).toEqual({ placeUnderKeySupervision: { id: entryId, region: expect.any(String) } }),
});

const LIFT = 'mutation ($id: ID!) { liftKeySupervision(entryId: $id, reason: "matrix") { id } }';
const lift = (caller: Caller, scope: MatrixCase['scope'], entryId: string, outcome: Outcome): MatrixCase => ({
  operation: 'liftKeySupervision', caller, scope, query: LIFT, variables: { id: entryId }, expect: outcome,
  check: (data) => expect(data).toEqual({ liftKeySupervision: { id: entryId } }),
});

const SEND = `mutation ($ids: [ID!]!, $recipient: String!, $recipientRegion: RegionCode!, $doc: String!) {
  sendRiskWarning(entryIds: $ids, recipient: $recipient, recipientRegion: $recipientRegion, sector: "市场监管", documentNumber: $doc) { entryCount sentBy }
}`;
/** `recipientRegion` defaults to 430102 (changshaCredit's district). */
const send = (caller: Caller, scope: MatrixCase['scope'], entryId: string, outcome: Outcome, recipientRegion = '430102'): MatrixCase => ({
  operation: 'sendRiskWarning', caller, scope, query: SEND, variables: { ids: [entryId], recipient: `矩阵测试监管部门（${caller}）`, recipientRegion, doc: `矩阵函〔2021〕${caller}-${entryId}号` }, expect: outcome,
  check: (data) => expect(data).toEqual({ sendRiskWarning: { entryCount: 1, sentBy: expect.any(String) } }),
});

export const recordsCases: MatrixCase[] = [
  record('national', '—', ids.changshaPenalty, 'allowed'),
  record('service', '—', ids.beijingFalseDisclosure, 'allowed'),
  record('hunan', 'inside', ids.changshaPenalty, 'allowed'),
  record('furong', 'inside', ids.changshaListEntry, 'allowed'),
  record('furong', 'outside', ids.changshaExitedPenalty, 'hidden'),
  record('beijing', 'outside', ids.changshaPenalty, 'hidden'),
  record('changsha', 'outside', ids.beijingFalseDisclosure, 'hidden'),
  record('changshaCredit', 'inside', ids.changshaListEntry, 'allowed'),
  record('changshaCredit', 'outside', ids.beijingFalseDisclosure, 'hidden'),
  record('beijingRating', 'outside', ids.anonymousClue, 'hidden'),
  record('nanshanMarket', '—', ids.anonymousClue, 'FORBIDDEN'),
  record('court', '—', ids.changshaListEntry, 'FORBIDDEN'),
  record('public', '—', ids.changshaPenalty, 'FORBIDDEN'),

  recordEntity('national', '—', 'allowed'),
  recordEntity('hunan', 'inside', 'allowed'),
  recordEntity('changshaCredit', 'inside', 'allowed'),
  recordEntity('court', '—', 'FORBIDDEN'),

  { operation: 'dishonestyRecords(filter)', caller: 'national', scope: '—', query: RECORDS, expect: 'allowed', check: (data) => expect(nodesOf(data, 'dishonestyRecords').length).toBeGreaterThanOrEqual(14) },
  { operation: 'dishonestyRecords(filter)', caller: 'hunan', scope: 'inside', query: RECORDS, expect: 'allowed', check: allInRegion('dishonestyRecords', '430000') },
  { operation: 'dishonestyRecords(filter)', caller: 'beijing', scope: 'inside', query: RECORDS, expect: 'allowed', check: allInRegion('dishonestyRecords', '110000') },
  { operation: 'dishonestyRecords(filter)', caller: 'beijing', scope: 'outside', query: RECORDS, variables: { filter: { region: '430000' } }, expect: 'hidden', check: noRecords },
  {
    operation: 'dishonestyRecords(filter)', caller: 'changshaCredit', scope: 'inside', query: RECORDS, expect: 'allowed',
    check: (data) => {
      const nodes = nodesOf(data, 'dishonestyRecords');
      expect(nodes.map(subjectUsccOf)).toEqual([changshaCredit.uscc, changshaCredit.uscc]);
    },
  },
  { operation: 'dishonestyRecords(filter)', caller: 'changshaCredit', scope: 'outside', query: RECORDS, variables: { filter: { uscc: beijingRating.uscc } }, expect: 'hidden', check: noRecords },
  { operation: 'dishonestyRecords(filter)', caller: 'service', scope: '—', query: RECORDS, expect: 'FORBIDDEN' },
  { operation: 'dishonestyRecords(filter)', caller: 'nanshanMarket', scope: '—', query: RECORDS, expect: 'FORBIDDEN' },
  { operation: 'dishonestyRecords(filter)', caller: 'court', scope: '—', query: RECORDS, expect: 'FORBIDDEN' },
  { operation: 'dishonestyRecords(filter)', caller: 'public', scope: '—', query: RECORDS, expect: 'FORBIDDEN' },

  facts('national', '—', changshaCredit, 'allowed'),
  counts('national', beijingRating, beijingRatingCounts),
  counts('service', beijingRating, beijingRatingCounts),
  listField('dishonestyRecords', 'service', beijingRating, 'FORBIDDEN'),
  listField('ledgerEntries', 'service', beijingRating, 'FORBIDDEN'),
  listField('interviews', 'service', beijingRating, 'FORBIDDEN'),
  facts('hunan', 'inside', changshaCredit, 'allowed'),
  facts('furong', 'outside', changshaExited, 'hidden'),
  facts('beijing', 'outside', changshaCredit, 'hidden'),
  facts('changshaCredit', 'inside', changshaCredit, 'allowed'),
  facts('changshaCredit', 'outside', beijingRating, 'hidden'),
  facts('nanshanMarket', '—', changshaCredit, 'FORBIDDEN'),
  facts('court', '—', changshaCredit, 'FORBIDDEN'),
  facts('public', '—', changshaCredit, 'FORBIDDEN'),

  ledger('national', '—', '430000', 'allowed'),
  ledger('hunan', 'inside', '430000', 'allowed'),
  ledger('changsha', 'inside', '430100', 'allowed'),
  ledger('furong', 'inside', '430102', 'allowed'),
  ledger('changsha', 'outside', '430000', 'FORBIDDEN'),
  ledger('beijing', 'outside', '430000', 'FORBIDDEN'),
  ledger('service', '—', '430000', 'allowed'),
  ledger('changshaCredit', '—', '430102', 'FORBIDDEN'),
  ledger('nanshanMarket', '—', '440305', 'FORBIDDEN'),
  ledger('court', '—', '430102', 'FORBIDDEN'),
  ledger('public', '—', '430000', 'FORBIDDEN'),

  {
    operation: 'individuals named in clues: subjectName, subjectIdentifiers', caller: 'national', scope: '—', query: SUBJECT, variables: { id: String(ids.anonymousClue) }, expect: 'allowed',
    check: (data) => expect(data).toEqual({ dishonestyRecord: { id: String(ids.anonymousClue), subjectName: demoAnonymousSubject.name, subjectIdentifiers: [...demoAnonymousSubject.identifiers] } }),
  },
  {
    operation: 'individuals named in clues: subjectName, subjectIdentifiers (masked)', caller: 'service', scope: '—', query: SUBJECT, variables: { id: String(ids.anonymousClue) }, expect: 'allowed',
    check: (data) => {
      expect(data).toEqual({ dishonestyRecord: { id: String(ids.anonymousClue), subjectName: maskName(demoAnonymousSubject.name), subjectIdentifiers: ['微信号 x***', 'w***'] } });
      expect(JSON.stringify(data)).not.toContain('xyxf');
    },
  },
  {
    operation: 'individuals named in clues: subjectName, subjectIdentifiers', caller: 'hunan', scope: 'outside', query: SUBJECT, variables: { id: String(ids.anonymousClue) }, expect: 'hidden',
    check: (data) => expect(data).toEqual({ dishonestyRecord: null }),
  },

  ledgerEntry('national', '—', 'changshaCredit', 'allowed'),
  ledgerEntry('service', '—', 'changshaCredit', 'allowed'),
  ledgerEntry('hunan', 'inside', 'changshaCredit', 'allowed'),
  ledgerEntry('beijing', 'outside', 'changshaCredit', 'hidden'),
  ledgerEntry('changshaCredit', 'inside', 'changshaCredit', 'allowed'),
  ledgerEntry('changshaCredit', 'outside', 'beijingRating', 'hidden'),
  ...(['nanshanMarket', 'court', 'public'] as const).map((caller) => ledgerEntry(caller, '—', 'changshaCredit', 'FORBIDDEN')),
  entryInterviews('national', '—', 'allowed'),
  entryInterviews('hunan', 'inside', 'allowed'),
  entryInterviews('changshaCredit', 'inside', 'allowed'),
  entryInterviews('service', '—', 'FORBIDDEN'),
  ledgerEntry('national', '—', 'beijingRating', 'allowed', LEDGER_ENTRY_CHECK),
  ledgerEntry('service', '—', 'beijingRating', 'allowed', LEDGER_ENTRY_CHECK),
  ledgerEntry('beijing', 'inside', 'beijingRating', 'allowed', LEDGER_ENTRY_CHECK),
  ledgerEntry('hunan', 'outside', 'beijingRating', 'hidden', LEDGER_ENTRY_CHECK),
  ledgerEntry('beijingRating', 'inside', 'beijingRating', 'allowed', LEDGER_ENTRY_CHECK),

  decideLedgerExit('national', '—', 'CONFLICT'),
  decideLedgerExit('hunan', 'inside', 'CONFLICT'),
  decideLedgerExit('changsha', 'inside', 'CONFLICT'),
  decideLedgerExit('furong', 'outside', 'NOT_FOUND'),
  decideLedgerExit('beijing', 'outside', 'NOT_FOUND'),
  ...(['changshaCredit', 'service', 'complaintsService', 'nanshanMarket', 'court', 'public'] as const).map((caller) => decideLedgerExit(caller, '—', 'FORBIDDEN')),
  { operation: 'decideLedgerExit(override) without a reason', caller: 'hunan', scope: 'inside', query: OVERRIDE_EXIT, variables: { id: String(demoLedgerEntryIds.changshaCredit) }, expect: 'BAD_USER_INPUT' },

  screenLedger('national', '—', '430000', 'allowed'),
  screenLedger('hunan', 'inside', '430000', 'allowed'),
  screenLedger('furong', 'inside', '430102', 'allowed'),
  screenLedger('furong', 'outside', '430100', 'FORBIDDEN'),
  screenLedger('beijing', 'outside', '430102', 'FORBIDDEN'),
  ...(['changshaCredit', 'service', 'complaintsService', 'nanshanMarket', 'court', 'public'] as const).map((caller) => screenLedger(caller, '—', '430102', 'FORBIDDEN')),

  updateLedgerEntry('national', '—', 'allowed'),
  updateLedgerEntry('hunan', 'inside', 'allowed'),
  updateLedgerEntry('furong', 'outside', 'NOT_FOUND'),
  updateLedgerEntry('beijing', 'outside', 'NOT_FOUND'),
  ...(['changshaCredit', 'service', 'complaintsService', 'nanshanMarket', 'court', 'public'] as const).map((caller) => updateLedgerEntry(caller, '—', 'FORBIDDEN')),

  recordDishonesty('national', '—', 1, '110105', 'allowed'),
  recordDishonesty('hunan', 'inside', 2, '430102', 'allowed'),
  recordDishonesty('furong', 'inside', 3, '430102', 'allowed'),
  recordDishonesty('changsha', 'outside', 4, '110105', 'FORBIDDEN'),
  recordDishonesty('furong', 'outside', 5, '430104', 'FORBIDDEN'),
  recordDishonesty('beijing', 'outside', 6, '430102', 'FORBIDDEN'),
  recordDishonesty('changshaCredit', '—', 7, '430102', 'FORBIDDEN'),
  recordDishonesty('service', '—', 8, '430102', 'FORBIDDEN'),
  recordDishonesty('nanshanMarket', '—', 9, '440305', 'FORBIDDEN'),
  recordDishonesty('court', '—', 10, '430102', 'FORBIDDEN'),
  recordDishonesty('public', '—', 11, '430102', 'FORBIDDEN'),

  revokeRecord('national', '—', 'CONFLICT'),
  revokeRecord('beijing', 'inside', 'CONFLICT'),
  revokeRecord('hunan', 'outside', 'NOT_FOUND'),
  ...(['beijingRating', 'service', 'complaintsService', 'nanshanMarket', 'court', 'public'] as const).map((caller) => revokeRecord(caller, '—', 'FORBIDDEN')),

  recordInterview('national', '—', 1, '110105', 'allowed'),
  recordInterview('hunan', 'inside', 2, '430102', 'allowed'),
  recordInterview('furong', 'inside', 3, '430102', 'allowed'),
  recordInterview('changsha', 'outside', 4, '110105', 'FORBIDDEN'),
  recordInterview('furong', 'outside', 5, '430104', 'FORBIDDEN'),
  recordInterview('beijing', 'outside', 6, '430102', 'FORBIDDEN'),
  ...(['changshaCredit', 'service', 'complaintsService', 'nanshanMarket', 'court', 'public'] as const).map((caller, i) => recordInterview(caller, '—', i + 7, '430102', 'FORBIDDEN')),

  collectAgencyRecord('complaintsService', 1, 'allowed'),
  ...(['national', 'hunan', 'service', 'changshaCredit', 'nanshanMarket', 'court', 'public'] as const).map((caller, i) => collectAgencyRecord(caller, i + 2, 'FORBIDDEN')),
  recordClueFinding('complaintsService', 'NOT_FOUND'),
  ...(['national', 'hunan', 'service', 'changshaCredit', 'nanshanMarket', 'court', 'public'] as const).map((caller) => recordClueFinding(caller, 'FORBIDDEN')),

  ledgerReports('national', '—', undefined, 'allowed'),
  ledgerReports('hunan', 'inside', undefined, 'allowed', '430000'),
  ledgerReports('furong', 'inside', '430102', 'allowed', '430102'),
  ledgerReports('changsha', 'outside', '430000', 'FORBIDDEN'),
  ledgerReports('beijing', 'outside', '430102', 'FORBIDDEN'),
  ...(['service', 'changshaCredit', 'nanshanMarket', 'court', 'public'] as const).map((caller) => ledgerReports(caller, '—', undefined, 'FORBIDDEN')),

  ledgerReport('national', '—', demoLedgerReportIds.beijingMay, 'allowed'),
  ledgerReport('hunan', 'inside', demoLedgerReportIds.furongMay, 'allowed'),
  ledgerReport('furong', 'inside', demoLedgerReportIds.furongMayCorrected, 'allowed'),
  ledgerReport('beijing', 'outside', demoLedgerReportIds.furongMay, 'hidden'),
  ledgerReport('furong', 'outside', demoLedgerReportIds.beijingMay, 'hidden'),
  ...(['service', 'changshaCredit', 'nanshanMarket', 'court', 'public'] as const).map((caller) => ledgerReport(caller, '—', demoLedgerReportIds.furongMay, 'FORBIDDEN')),

  missingLedgerReports('national', '—', undefined, 'allowed', ['310000', '330000', '420000', '430000', '440000']),
  missingLedgerReports('national', '—', '430000', 'allowed', ['430100', '430104', '430105']),
  missingLedgerReports('hunan', 'inside', undefined, 'allowed', ['430100', '430104', '430105']),
  missingLedgerReports('changsha', 'inside', undefined, 'allowed', ['430104', '430105']),
  missingLedgerReports('changsha', 'outside', '430000', 'FORBIDDEN'),
  missingLedgerReports('beijing', 'outside', '430000', 'FORBIDDEN'),
  ...(['service', 'changshaCredit', 'nanshanMarket', 'court', 'public'] as const).map((caller) => missingLedgerReports(caller, '—', undefined, 'FORBIDDEN')),

  submitLedgerReport('furong', 'inside', '430102', 'allowed'),
  submitLedgerReport('national', '—', '430102', 'FORBIDDEN'),
  submitLedgerReport('hunan', 'outside', '430102', 'FORBIDDEN'),
  submitLedgerReport('changsha', 'outside', '430102', 'FORBIDDEN'),
  submitLedgerReport('beijing', 'outside', '430102', 'FORBIDDEN'),
  ...(['service', 'complaintsService', 'changshaCredit', 'nanshanMarket', 'court', 'public'] as const).map((caller) => submitLedgerReport(caller, '—', '430102', 'FORBIDDEN')),

  {
    operation: 'recordsAuditLog', caller: 'national', scope: '—', query: AUDIT_LOG, expect: 'allowed',
    check: (data) => expect(data).toEqual({ recordsAuditLog: { totalCount: expect.any(Number), nodes: expect.any(Array) } }),
  },
  ...(['hunan', 'service', 'changshaCredit', 'nanshanMarket', 'court', 'public'] as const).map(
    (caller): MatrixCase => ({ operation: 'recordsAuditLog', caller, scope: '—', query: AUDIT_LOG, expect: 'FORBIDDEN' }),
  ),
  campaign('national', 'allowed'),
  campaign('hunan', 'allowed'),
  campaign('service', 'allowed'),
  ...(['changshaCredit', 'nanshanMarket', 'court', 'public'] as const).map((caller) => campaign(caller, 'FORBIDDEN')),

  progress('national', '—', '430000', 'allowed'),
  progress('hunan', 'inside', '430000', 'allowed'),
  progress('furong', 'inside', '430102', 'allowed'),
  progress('service', '—', '110000', 'allowed'),
  progress('changsha', 'outside', '430000', 'FORBIDDEN'),
  progress('beijing', 'outside', '430000', 'FORBIDDEN'),
  ...(['changshaCredit', 'nanshanMarket', 'court', 'public'] as const).map((caller) => progress(caller, '—', '430102', 'FORBIDDEN')),

  nationalProgress('national', 'allowed'),
  ...(['hunan', 'service', 'changshaCredit', 'nanshanMarket', 'court', 'public'] as const).map((caller) => nationalProgress(caller, 'FORBIDDEN')),

  candidates('national', '—', '440000', 'allowed'),
  candidates('beijing', 'inside', '110000', 'allowed'),
  candidates('hunan', 'inside', '430000', 'allowed', false),
  candidates('furong', 'outside', '110000', 'FORBIDDEN'),
  ...(['service', 'changshaCredit', 'nanshanMarket', 'court', 'public'] as const).map((caller) => candidates(caller, '—', '430102', 'FORBIDDEN')),

  supervisionFields('national', '—', '430000', 'allowed'),
  supervisionFields('furong', 'inside', '430102', 'allowed'),
  supervisionFields('beijing', 'inside', '110000', 'allowed'),

  place('national', '—', demoEntryIds.shenzhenImpersonator, 'C', 'allowed'),
  place('hunan', 'inside', demoEntryIds.changshaCredit, 'A', 'allowed'),
  place('furong', 'inside', demoEntryIds.changshaCredit, 'D', 'allowed'),
  place('beijing', 'outside', demoEntryIds.changshaCredit, 'B', 'NOT_FOUND'),
  place('furong', 'outside', demoEntryIds.beijingRating, 'B', 'NOT_FOUND'),
  place('national', '—', demoEntryIds.shanghaiBankrupt, 'B', 'CONFLICT'),
  ...NOT_SUPERVISING.map((caller) => place(caller, '—', demoEntryIds.changshaCredit, 'B', 'FORBIDDEN')),

  lift('changsha', 'inside', demoEntryIds.changshaCredit, 'allowed'),
  lift('national', '—', demoEntryIds.changshaExited, 'CONFLICT'),
  lift('beijing', 'outside', demoEntryIds.changshaCredit, 'NOT_FOUND'),
  ...NOT_SUPERVISING.map((caller) => lift(caller, '—', demoEntryIds.changshaCredit, 'FORBIDDEN')),

  send('beijing', 'inside', demoEntryIds.beijingRating, 'allowed', '110105'),
  // A lead unit addresses only its own region's regulators (recipientRegion outside: FORBIDDEN, before any entry is read).
  { ...send('furong', 'outside', demoEntryIds.changshaCredit, 'FORBIDDEN', '110105'), operation: 'sendRiskWarning(recipientRegion)' },
  send('national', '—', demoEntryIds.shenzhenImpersonator, 'allowed'),
  send('beijing', 'outside', demoEntryIds.changshaCredit, 'NOT_FOUND', '110105'),
  send('national', '—', demoEntryIds.shanghaiBankrupt, 'CONFLICT'),
  send('furong', 'inside', demoEntryIds.changshaCredit, 'CONFLICT'),
  ...NOT_SUPERVISING.map((caller) => send(caller, '—', demoEntryIds.changshaCredit, 'FORBIDDEN')),
];
