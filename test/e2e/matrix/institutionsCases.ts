import { maskName } from '../../../subgraphs/kit/crypto/mask';
import { demoEntities, demoRecordIds } from '../../../subgraphs/kit/demo/demoCast';
import { demoUsers } from '../../../subgraphs/kit/demo/demoUsers';
import { uscc } from '../../support/uscc';
import type { Caller, MatrixCase, Outcome } from './matrixCase';

const { changshaCredit, beijingRating, shanghaiBankrupt, changshaLost, wuhanClosed, changshaClean, changshaExited, shenzhenImpersonator } = demoEntities;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const at = (value: unknown, ...path: string[]): unknown => path.reduce<unknown>((v, key) => (isRecord(v) ? v[key] : undefined), value);
const listAt = (value: unknown, ...path: string[]): Record<string, unknown>[] => {
  const list = at(value, ...path);
  return Array.isArray(list) ? list.filter(isRecord) : [];
};

/** Each mutation row registers its own USCC, so that rows do not depend on their order. */
const fresh = (n: number) => uscc(`91450102MA5M${String(n).padStart(5, '0')}`);

type Shown = 'clear' | 'masked';
const shown = (name: string, how: Shown) => (how === 'clear' ? name : maskName(name));

const INSTITUTION = `query ($uscc: USCC!) { institution(uscc: $uscc) { uscc name region businessStatus legalRepresentative commitment { legalRepresentative published } } }`;

function institutionRow(caller: Caller, scope: MatrixCase['scope'], entity: { uscc: string; name: string; legalRepresentative: string }, how: Shown): MatrixCase {
  return {
    operation: `institution(uscc) ${how === 'clear' ? 'legal representative in clear' : 'legal representative masked'}`,
    caller,
    scope,
    query: INSTITUTION,
    variables: { uscc: entity.uscc },
    expect: 'allowed',
    check: (data) => {
      expect(data.institution).toMatchObject({ uscc: entity.uscc, name: entity.name, legalRepresentative: shown(entity.legalRepresentative, how) });
      if (how === 'masked') expect(JSON.stringify(data)).not.toContain(entity.legalRepresentative);
    },
  };
}

const DIRECTORY = `query ($q: String) { directory(query: $q) { totalCount nodes { uscc name legalRepresentative } } }`;

function directoryRow(caller: Caller, how: Shown): MatrixCase {
  return {
    operation: `directory (public registry, legal representative ${how})`,
    caller,
    scope: '—',
    query: DIRECTORY,
    variables: { q: changshaCredit.name },
    expect: 'allowed',
    check: (data) => {
      expect(listAt(data, 'directory', 'nodes')).toEqual([{ uscc: changshaCredit.uscc, name: changshaCredit.name, legalRepresentative: shown(changshaCredit.legalRepresentative, how) }]);
    },
  };
}

const MARKET_ENTITY = `query ($uscc: USCC!) { marketEntity(uscc: $uscc) { uscc institution { name legalRepresentative } commitmentPublished } }`;

function marketEntityRow(caller: Caller): MatrixCase {
  return {
    operation: 'marketEntity / MarketEntity.institution / commitmentPublished / businessStatus',
    caller,
    scope: '—',
    query: `query ($a: USCC!, $b: USCC!) {
      a: marketEntity(uscc: $a) { uscc institution { name } commitmentPublished businessStatus businessStatusReason }
      b: marketEntity(uscc: $b) { uscc institution { name } commitmentPublished businessStatus businessStatusReason } }`,
    variables: { a: changshaCredit.uscc, b: shenzhenImpersonator.uscc },
    expect: 'allowed',
    check: (data) => {
      expect(data).toEqual({
        a: { uscc: changshaCredit.uscc, institution: { name: changshaCredit.name }, commitmentPublished: true, businessStatus: 'OPERATING', businessStatusReason: null },
        b: { uscc: shenzhenImpersonator.uscc, institution: null, commitmentPublished: false, businessStatus: null, businessStatusReason: null },
      });
    },
  };
}

const LIST = `query ($filter: InstitutionFilter) { institutions(filter: $filter, first: 100) { totalCount nodes { uscc region } } }`;

function listRow(caller: Caller, scope: MatrixCase['scope'], filter: { region?: string } | null, expectation: Outcome, regionPrefix?: string, includes: string[] = []): MatrixCase {
  return {
    operation: `institutions(filter${filter?.region ? `: { region: ${filter.region} }` : ''})`,
    caller,
    scope,
    query: LIST,
    variables: { filter },
    expect: expectation,
    check: (data) => {
      const nodes = listAt(data, 'institutions', 'nodes');
      expect(at(data, 'institutions', 'totalCount')).toBe(nodes.length);
      if (expectation === 'hidden') expect(nodes).toEqual([]);
      for (const node of nodes) expect(String(node.region)).toMatch(new RegExp(`^${regionPrefix ?? ''}`));
      expect(nodes.map((node) => node.uscc)).toEqual(expect.arrayContaining(includes));
    },
  };
}

const AUDIT_LOG = '{ institutionsAuditLog(first: 5) { totalCount nodes { actor role operation objectType objectId } } }';

const REGISTER = `mutation ($input: RegisterInstitutionInput!) { registerInstitution(input: $input) { uscc region legalRepresentative } }`;

function registerRow(caller: Caller, scope: MatrixCase['scope'], n: number, region: string, expectation: Outcome): MatrixCase {
  const input = { uscc: fresh(n), name: `矩阵测试${n}信用服务有限公司`, legalRepresentative: '欧阳明', region };
  return {
    operation: `registerInstitution (region ${region})`,
    caller,
    scope,
    query: REGISTER,
    variables: { input },
    expect: expectation,
    check: (data) => {
      expect(data.registerInstitution).toEqual({ uscc: input.uscc, region, legalRepresentative: '欧阳明' });
    },
  };
}

const STATUS = `mutation ($uscc: USCC!, $status: BusinessStatus!, $reason: String) { updateBusinessStatus(uscc: $uscc, status: $status, reason: $reason) { uscc businessStatus businessStatusReason } }`;

/** Sets the status the institution already has (with a new reason), so that no other row sees a change that matters. */
function statusRow(caller: Caller, scope: MatrixCase['scope'], entity: { uscc: string }, status: string, expectation: Outcome): MatrixCase {
  const reason = `矩阵测试：${caller} 核实经营状态`;
  return {
    operation: 'updateBusinessStatus',
    caller,
    scope,
    query: STATUS,
    variables: { uscc: entity.uscc, status, reason },
    expect: expectation,
    check: (data) => {
      expect(data.updateBusinessStatus).toEqual({ uscc: entity.uscc, businessStatus: status, businessStatusReason: reason });
    },
  };
}

const DISCLOSE = `mutation ($uscc: USCC!, $input: DisclosureInput!) { publishDisclosure(uscc: $uscc, input: $input) { version basicInfo } }`;

function discloseRow(caller: Caller, scope: MatrixCase['scope'], entity: { uscc: string }, expectation: Outcome): MatrixCase {
  const basicInfo = `矩阵测试：${caller} 公示`;
  return {
    operation: 'publishDisclosure',
    caller,
    scope,
    query: DISCLOSE,
    variables: { uscc: entity.uscc, input: { basicInfo, products: [{ name: '企业信用报告', feeStandards: [{ item: '标准版', priceYuan: '200', unit: '每份' }] }] } },
    expect: expectation,
    check: (data) => {
      expect(data.publishDisclosure).toMatchObject({ basicInfo });
    },
  };
}

const SIGN = `mutation ($uscc: USCC!, $input: SignCommitmentInput!) { signCommitment(uscc: $uscc, input: $input) { legalRepresentative current published } }`;

/** 北京信达's commitment is signed and not published: signing it again leaves commitmentPublished as it is. */
function signRow(caller: Caller, scope: MatrixCase['scope'], entity: { uscc: string; legalRepresentative: string }, expectation: Outcome): MatrixCase {
  return {
    operation: 'signCommitment',
    caller,
    scope,
    query: SIGN,
    variables: { uscc: entity.uscc, input: { text: `矩阵测试：${caller} 签署信用承诺书`, legalRepresentative: entity.legalRepresentative } },
    expect: expectation,
    check: (data) => {
      expect(data.signCommitment).toEqual({ legalRepresentative: entity.legalRepresentative, current: true, published: false });
    },
  };
}

const PUBLISH = `mutation ($uscc: USCC!) { publishCommitment(uscc: $uscc) { published current } }`;

/** Published commitments only (publishing again changes nothing), and one that must be re-signed (CONFLICT). */
function publishRow(caller: Caller, scope: MatrixCase['scope'], entity: { uscc: string }, expectation: Outcome): MatrixCase {
  return {
    operation: 'publishCommitment',
    caller,
    scope,
    query: PUBLISH,
    variables: { uscc: entity.uscc },
    expect: expectation,
    check: (data) => {
      expect(data.publishCommitment).toEqual({ published: true, current: true });
    },
  };
}

/** The same rule through `_entities`: the gateway asks institutions for the subject of a record from records. */
function throughEntitiesRow(caller: Caller, scope: MatrixCase['scope'], how: Shown): MatrixCase {
  return {
    operation: `MarketEntity.institution in _entities (legal representative ${how})`,
    caller,
    scope,
    query: `query ($id: ID!) { dishonestyRecord(id: $id) { subject { uscc institution { legalRepresentative commitment { legalRepresentative } } } } }`,
    variables: { id: String(demoRecordIds.changshaPenalty) },
    expect: 'allowed',
    check: (data) => {
      const name = shown(changshaCredit.legalRepresentative, how);
      expect(at(data, 'dishonestyRecord', 'subject')).toEqual({ uscc: changshaCredit.uscc, institution: { legalRepresentative: name, commitment: { legalRepresentative: name } } });
    },
  };
}

/** An institution registering itself (measure 4): only its own USCC; an institution already registered is CONFLICT. */
function selfRegisterRow(caller: Caller, scope: MatrixCase['scope'], target: string, expectation: Outcome): MatrixCase {
  const input = { uscc: target, name: '长沙新来信用服务有限公司', legalRepresentative: '邓华', region: '430111', websites: ['xinlai-credit.example'], phones: ['0731-8555 0100'] };
  return {
    operation: 'registerInstitution (self-registration)',
    caller,
    scope,
    query: `mutation ($input: RegisterInstitutionInput!) { registerInstitution(input: $input) { uscc registeredVia registeredBy } }`,
    variables: { input },
    expect: expectation,
    check: (data) => {
      expect(data.registerInstitution).toEqual({ uscc: target, registeredVia: 'SELF_REGISTERED', registeredBy: demoUsers.newcomer.subject });
    },
  };
}

const CHANGE_REPRESENTATIVE = `mutation ($uscc: USCC!, $name: String!, $reason: String!) {
  changeLegalRepresentative(uscc: $uscc, legalRepresentative: $name, reason: $reason) { uscc legalRepresentative }
}`;

/**
 * Institutions no other row reads the legal representative or commitment of (in bankruptcy, lost
 * contact, deregistered); each allowed row sets a name of its own, so the order does not matter.
 */
function changeRepresentativeRow(caller: Caller, scope: MatrixCase['scope'], entity: { uscc: string }, expectation: Outcome): MatrixCase {
  const name = `矩阵${caller}`;
  return {
    operation: 'changeLegalRepresentative',
    caller,
    scope,
    query: CHANGE_REPRESENTATIVE,
    variables: { uscc: entity.uscc, name, reason: `矩阵测试：${caller} 登记法定代表人变更` },
    expect: expectation,
    check: (data) => {
      expect(data.changeLegalRepresentative).toEqual({ uscc: entity.uscc, legalRepresentative: name });
    },
  };
}

const REGISTERED_BY = `query ($uscc: USCC!) { institution(uscc: $uscc) { registeredVia registeredBy businessStatusHistory { status reason changedBy } } }`;

/** Who registered an institution and changed its status: the channel and reasons to everyone, the accounts to those who handle it. */
function registeredByRow(caller: Caller, scope: MatrixCase['scope'], how: 'shown' | 'hidden'): MatrixCase {
  return {
    operation: `Institution.registeredBy / BusinessStatusChange.changedBy (${how})`,
    caller,
    scope,
    query: REGISTERED_BY,
    variables: { uscc: wuhanClosed.uscc },
    expect: 'allowed',
    check: (data) => {
      expect(data.institution).toEqual({
        registeredVia: 'LEAD_UNIT',
        registeredBy: how === 'shown' ? expect.any(String) : null,
        businessStatusHistory: [{ status: 'DEREGISTERED', reason: '已办理注销登记', changedBy: how === 'shown' ? 'wuhan-lead-1' : null }],
      });
    },
  };
}

const COMMITMENT = `query ($uscc: USCC!) { institution(uscc: $uscc) { commitment { published } entity { commitmentPublished } } }`;

/** 北京信达's commitment is signed, not published: only those who handle it see it (signRow adds more, never published). */
function unpublishedCommitmentRow(caller: Caller, scope: MatrixCase['scope'], how: 'shown' | 'hidden'): MatrixCase {
  return {
    operation: `Institution.commitment not yet published (${how})`,
    caller,
    scope,
    query: COMMITMENT,
    variables: { uscc: beijingRating.uscc },
    expect: 'allowed',
    check: (data) => {
      expect(data.institution).toEqual({ commitment: how === 'shown' ? { published: false } : null, entity: { commitmentPublished: false } });
    },
  };
}

/** The public directory found by a website or a phone number in another form than registered. */
function directoryByContactRow(caller: Caller, query: string): MatrixCase {
  return {
    operation: `directory by website or phone (${query})`,
    caller,
    scope: '—',
    query: DIRECTORY,
    variables: { q: query },
    expect: 'allowed',
    check: (data) => {
      expect(listAt(data, 'directory', 'nodes').map((node) => node.uscc)).toEqual([changshaCredit.uscc]);
    },
  };
}

const MARKET_ENTITIES = `query ($usccs: [USCC!]!) { marketEntities(usccs: $usccs) { uscc businessStatus businessStatusReason } }`;
/** Bulk hub facts for deciding services and regulators; the facts themselves are public, so no region cuts them. */
const marketEntitiesRow = (caller: Caller, outcome: Outcome): MatrixCase => ({
  operation: 'marketEntities(usccs)',
  caller,
  scope: '—',
  query: MARKET_ENTITIES,
  variables: { usccs: [shanghaiBankrupt.uscc, shenzhenImpersonator.uscc] },
  expect: outcome,
  check: (data) => expect(data).toEqual({ marketEntities: [
    { uscc: shanghaiBankrupt.uscc, businessStatus: 'BANKRUPTCY', businessStatusReason: expect.any(String) },
    { uscc: shenzhenImpersonator.uscc, businessStatus: null, businessStatusReason: null },
  ] }),
});

const EVERYONE_ELSE: Caller[] = ['nanshanMarket', 'court', 'service', 'public'];

/** institutions: the rows of docs/authorization.md, each role inside and outside its scope. */
export const institutionsCases: MatrixCase[] = [
  // The public registry: every caller; the legal representative in clear to NR, the covering LU, the institution itself.
  directoryRow('public', 'masked'),
  directoryRow('nanshanMarket', 'masked'),
  directoryRow('court', 'masked'),
  directoryRow('service', 'masked'),
  directoryRow('beijingRating', 'masked'),
  directoryRow('beijing', 'masked'),
  directoryRow('changshaCredit', 'clear'),
  directoryRow('hunan', 'clear'),
  directoryRow('national', 'clear'),

  institutionRow('national', '—', changshaCredit, 'clear'),
  institutionRow('hunan', 'inside', changshaCredit, 'clear'),
  institutionRow('changsha', 'inside', changshaClean, 'clear'),
  institutionRow('furong', 'inside', changshaCredit, 'clear'),
  institutionRow('furong', 'outside', changshaClean, 'masked'),
  institutionRow('beijing', 'inside', beijingRating, 'clear'),
  institutionRow('beijing', 'outside', changshaCredit, 'masked'),
  institutionRow('changshaCredit', 'inside', changshaCredit, 'clear'),
  institutionRow('beijingRating', 'outside', changshaCredit, 'masked'),
  ...EVERYONE_ELSE.map((caller) => institutionRow(caller, '—', changshaCredit, 'masked')),
  {
    operation: 'institution(uscc) of an unregistered USCC',
    caller: 'public',
    scope: '—',
    query: INSTITUTION,
    variables: { uscc: shenzhenImpersonator.uscc },
    expect: 'hidden',
    check: (data) => expect(data.institution).toBeNull(),
  },
  {
    operation: 'CreditCommitment.legalRepresentative of a former legal representative',
    caller: 'changsha',
    scope: 'inside',
    query: INSTITUTION,
    variables: { uscc: changshaClean.uscc },
    expect: 'allowed',
    check: (data) => {
      expect(at(data, 'institution', 'commitment', 'legalRepresentative')).toBe('钱勇');
    },
  },
  {
    operation: 'CreditCommitment.legalRepresentative of a former legal representative',
    caller: 'public',
    scope: '—',
    query: INSTITUTION,
    variables: { uscc: changshaClean.uscc },
    expect: 'allowed',
    check: (data) => {
      expect(at(data, 'institution', 'commitment', 'legalRepresentative')).toBe(maskName('钱勇'));
      expect(JSON.stringify(data)).not.toContain('钱勇');
    },
  },

  ...(['public', 'nanshanMarket', 'court', 'service', 'changshaCredit', 'beijing'] as const).map(marketEntityRow),
  {
    operation: 'MarketEntity.institution legal representative (public)',
    caller: 'public',
    scope: '—',
    query: MARKET_ENTITY,
    variables: { uscc: beijingRating.uscc },
    expect: 'allowed',
    check: (data) => {
      expect(at(data, 'marketEntity', 'institution', 'legalRepresentative')).toBe(maskName(beijingRating.legalRepresentative));
    },
  },

  throughEntitiesRow('national', '—', 'clear'),
  throughEntitiesRow('hunan', 'inside', 'clear'),
  throughEntitiesRow('changshaCredit', 'inside', 'clear'),

  // The registry as a list: NR and LU only, a LU its own region (new registrations of other rows may add to it).
  listRow('national', '—', null, 'allowed', '', Object.values(demoEntities).filter((entity) => entity !== shenzhenImpersonator).map((entity) => entity.uscc)),
  listRow('hunan', 'inside', null, 'allowed', '43', [changshaCredit.uscc, changshaLost.uscc, changshaClean.uscc, changshaExited.uscc]),
  listRow('changsha', 'inside', { region: '430103' }, 'allowed', '430103', [changshaClean.uscc]),
  listRow('furong', 'inside', null, 'allowed', '430102', [changshaCredit.uscc]),
  listRow('furong', 'outside', { region: '430104' }, 'hidden'),
  listRow('beijing', 'outside', { region: '430000' }, 'hidden'),
  listRow('beijing', 'inside', null, 'allowed', '11', [beijingRating.uscc]),
  ...(['changshaCredit', 'nanshanMarket', 'court', 'service', 'public'] as const).map((caller) => listRow(caller, '—', null, 'FORBIDDEN')),

  {
    operation: 'institutionsAuditLog',
    caller: 'national',
    scope: '—',
    query: AUDIT_LOG,
    expect: 'allowed',
    check: (data) => expect(at(data, 'institutionsAuditLog', 'totalCount')).toEqual(expect.any(Number)),
  },
  ...(['hunan', 'changshaCredit', 'nanshanMarket', 'court', 'service', 'public'] as const).map(
    (caller): MatrixCase => ({ operation: 'institutionsAuditLog', caller, scope: '—', query: AUDIT_LOG, expect: 'FORBIDDEN' }),
  ),

  registerRow('national', '—', 1, '450102', 'allowed'),
  registerRow('hunan', 'inside', 2, '430102', 'allowed'),
  registerRow('furong', 'outside', 3, '430104', 'FORBIDDEN'),
  registerRow('beijing', 'outside', 4, '430102', 'FORBIDDEN'),
  registerRow('changshaCredit', 'outside', 5, '430102', 'FORBIDDEN'),
  selfRegisterRow('newcomer', 'inside', demoUsers.newcomer.uscc, 'allowed'),
  selfRegisterRow('newcomer', 'outside', fresh(6), 'FORBIDDEN'),
  selfRegisterRow('changshaCredit', 'inside', changshaCredit.uscc, 'CONFLICT'),
  ...EVERYONE_ELSE.map((caller, i) => registerRow(caller, '—', 10 + i, '430102', 'FORBIDDEN')),

  statusRow('national', '—', shanghaiBankrupt, 'BANKRUPTCY', 'allowed'),
  statusRow('hunan', 'inside', changshaLost, 'ABNORMAL_LOST_CONTACT', 'allowed'),
  statusRow('furong', 'outside', changshaLost, 'DEREGISTERED', 'NOT_FOUND'),
  statusRow('beijing', 'outside', changshaCredit, 'REVOKED', 'NOT_FOUND'),
  statusRow('hunan', '—', { uscc: fresh(99) }, 'REVOKED', 'NOT_FOUND'),
  statusRow('changshaCredit', '—', changshaCredit, 'DEREGISTERED', 'FORBIDDEN'),
  ...EVERYONE_ELSE.map((caller) => statusRow(caller, '—', changshaCredit, 'REVOKED', 'FORBIDDEN')),

  discloseRow('national', '—', beijingRating, 'allowed'),
  discloseRow('beijingRating', 'inside', beijingRating, 'allowed'),
  discloseRow('changshaCredit', 'outside', beijingRating, 'NOT_FOUND'),
  discloseRow('hunan', '—', changshaCredit, 'FORBIDDEN'),
  ...EVERYONE_ELSE.map((caller) => discloseRow(caller, '—', beijingRating, 'FORBIDDEN')),

  signRow('national', '—', beijingRating, 'FORBIDDEN'),
  signRow('beijingRating', 'inside', beijingRating, 'allowed'),
  signRow('changshaCredit', 'outside', beijingRating, 'NOT_FOUND'),
  signRow('beijing', '—', beijingRating, 'FORBIDDEN'),
  signRow('beijingRating', 'inside', { ...beijingRating, legalRepresentative: '王五' }, 'BAD_USER_INPUT'),
  ...EVERYONE_ELSE.map((caller) => signRow(caller, '—', beijingRating, 'FORBIDDEN')),

  publishRow('national', '—', changshaCredit, 'allowed'),
  publishRow('hunan', 'inside', changshaCredit, 'allowed'),
  publishRow('changsha', 'inside', changshaExited, 'allowed'),
  publishRow('beijing', 'outside', changshaCredit, 'NOT_FOUND'),
  publishRow('furong', 'outside', changshaExited, 'NOT_FOUND'),
  publishRow('national', '—', changshaClean, 'CONFLICT'),
  publishRow('national', '—', shanghaiBankrupt, 'CONFLICT'),
  publishRow('changshaCredit', '—', changshaCredit, 'FORBIDDEN'),
  ...EVERYONE_ELSE.map((caller) => publishRow(caller, '—', changshaCredit, 'FORBIDDEN')),

  changeRepresentativeRow('national', '—', shanghaiBankrupt, 'allowed'),
  changeRepresentativeRow('hunan', 'inside', changshaLost, 'allowed'),
  changeRepresentativeRow('furong', 'outside', changshaLost, 'NOT_FOUND'),
  changeRepresentativeRow('beijing', 'outside', shanghaiBankrupt, 'NOT_FOUND'),
  changeRepresentativeRow('hunan', '—', { uscc: fresh(98) }, 'NOT_FOUND'),
  changeRepresentativeRow('national', '—', wuhanClosed, 'CONFLICT'),
  changeRepresentativeRow('changshaCredit', 'inside', changshaCredit, 'FORBIDDEN'),
  ...EVERYONE_ELSE.map((caller) => changeRepresentativeRow(caller, '—', changshaLost, 'FORBIDDEN')),

  registeredByRow('national', '—', 'shown'),
  registeredByRow('public', '—', 'hidden'),
  registeredByRow('beijing', 'outside', 'hidden'),
  registeredByRow('changshaCredit', 'outside', 'hidden'),
  registeredByRow('nanshanMarket', '—', 'hidden'),

  unpublishedCommitmentRow('beijing', 'inside', 'shown'),
  unpublishedCommitmentRow('beijingRating', 'inside', 'shown'),
  unpublishedCommitmentRow('national', '—', 'shown'),
  unpublishedCommitmentRow('hunan', 'outside', 'hidden'),
  unpublishedCommitmentRow('changshaCredit', 'outside', 'hidden'),
  ...EVERYONE_ELSE.map((caller) => unpublishedCommitmentRow(caller, '—', 'hidden')),

  directoryByContactRow('public', 'https://www.HNCX-credit.example/'),
  directoryByContactRow('public', '0731 8482-2207'),
  directoryByContactRow('court', '+86 731 8482 2207'),

  marketEntitiesRow('service', 'allowed'),
  marketEntitiesRow('national', 'allowed'),
  marketEntitiesRow('beijing', 'allowed'),
  marketEntitiesRow('furong', 'allowed'),
  ...(['changshaCredit', 'nanshanMarket', 'court', 'public'] as const).map((caller) => marketEntitiesRow(caller, 'FORBIDDEN')),
];
