import type { DataSource } from 'typeorm';
import { institutionsEntities } from '../../subgraphs/institutions/entities';
import { InstitutionEntity } from '../../subgraphs/institutions/entities/InstitutionEntity';
import { institutionsSubgraph } from '../../subgraphs/institutions/institutionsSubgraph';
import { institutionsMigrations } from '../../subgraphs/institutions/migrations';
import { CreateInstitutions1764400000000 } from '../../subgraphs/institutions/migrations/CreateInstitutions1764400000000';
import { AuditEntryEntity } from '../../subgraphs/kit/audit/AuditEntryEntity';
import { CreateAuditLog1764500000000 } from '../../subgraphs/kit/audit/CreateAuditLog1764500000000';
import { maskName } from '../../subgraphs/kit/crypto/mask';
import { personalDataCipher } from '../../subgraphs/kit/crypto/personalData';
import { createDataSource } from '../../subgraphs/kit/data/createDataSource';
import { demoEntities } from '../../subgraphs/kit/demo/demoCast';
import type { Identity } from '../../subgraphs/kit/identity/identity';
import { callers, type Caller } from '../e2e/matrix/matrixCase';
import { startTestSubgraph, type TestSubgraph } from '../support/startTestSubgraph';
import { createTestStorage, testDrivers, type TestStorage } from '../support/testStorage';
import { badUscc, uscc } from '../support/uscc';

const A = uscc('91430100MA4L00001');
const B = uscc('91110105MA0000002');

const REGISTER = `mutation ($input: RegisterInstitutionInput!) {
  registerInstitution(input: $input) { uscc name region businessStatus industryCode }
}`;

describe.each(testDrivers())('institutions subgraph on %s', (driver) => {
  let storage: TestStorage;
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    storage = createTestStorage(driver);
    subgraph = await startTestSubgraph(institutionsSubgraph, storage.storageFor('institutions'));
    for (const [code, name, region] of [[A, '长沙某征信服务有限公司', '430102'], [B, '北京某信用评级有限公司', '110105']]) {
      const result = await subgraph.request(REGISTER, { input: { uscc: code, name, legalRepresentative: '张三', region } });
      expect(result.errors).toBeUndefined();
    }
  });

  afterAll(async () => {
    await subgraph.close();
    await storage.cleanup();
  });

  it('registers an institution once; a second registration of the USCC is a CONFLICT', async () => {
    const again = await subgraph.request(REGISTER, { input: { uscc: A, name: 'x', legalRepresentative: 'y', region: '430102' } });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    const found = await subgraph.request(`{ institution(uscc: "${A}") { name region businessStatus } }`);
    expect(found.data).toEqual({ institution: { name: '长沙某征信服务有限公司', region: '430102', businessStatus: 'OPERATING' } });
  });

  it.each([
    ['a wrong check character', { uscc: badUscc('91430100MA4L00009') }, 'BAD_USER_INPUT'],
    ['a region that is not 6 digits', { uscc: uscc('91430100MA4L00009'), region: '4301' }, 'BAD_USER_INPUT'],
    ['an empty name', { uscc: uscc('91430100MA4L00009'), name: '  ' }, 'BAD_USER_INPUT'],
  ])('refuses %s and stores nothing', async (_case, override, code) => {
    const input = { name: '某公司', legalRepresentative: '李四', region: '430102', ...override };
    const result = await subgraph.request(REGISTER, { input });
    expect(result.errors?.[0].extensions?.code).toBe(code);
    const count = await subgraph.request<{ institutions: { totalCount: number } }>('{ institutions { totalCount } }');
    expect(count.data?.institutions.totalCount).toBe(2);
  });

  it('names the bad field of an input', async () => {
    const result = await subgraph.request(REGISTER, { input: { uscc: uscc('91430100MA4L00008'), name: ' ', legalRepresentative: '李四', region: '430102' } });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
  });

  it('publishes a disclosure with products and fee standards, versioned', async () => {
    const publish = `mutation ($uscc: USCC!, $input: DisclosureInput!) { publishDisclosure(uscc: $uscc, input: $input) { version products { name feeStandards { item priceYuan unit } } } }`;
    const input = { basicInfo: '基本信息', products: [{ name: '企业信用报告', feeStandards: [{ item: '标准版', priceYuan: '200', unit: '每份' }] }] };
    const first = await subgraph.request(publish, { uscc: A, input });
    const second = await subgraph.request(publish, { uscc: A, input });
    expect(first.data).toEqual({ publishDisclosure: { version: 1, products: [{ name: '企业信用报告', feeStandards: [{ item: '标准版', priceYuan: '200.00', unit: '每份' }] }] } });
    expect(second.data).toMatchObject({ publishDisclosure: { version: 2 } });
    const bad = await subgraph.request(publish, { uscc: A, input: { ...input, products: [{ name: 'x', feeStandards: [{ item: 'y', priceYuan: '两百', unit: '份' }] }] } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.products[0].feeStandards[0].priceYuan' });
  });

  it('publishes a commitment only when signed by the current legal representative', async () => {
    const sign = `mutation ($uscc: USCC!, $name: String!) { signCommitment(uscc: $uscc, input: { text: "信用承诺书", legalRepresentative: $name }) { current published } }`;
    const asB = { identity: { role: 'INSTITUTION' as const, subject: 'b-admin', uscc: B } };
    const wrong = await subgraph.request(sign, { uscc: B, name: '王五' }, asB);
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.legalRepresentative' });
    expect((await subgraph.request(sign, { uscc: B, name: '张三' }, asB)).data).toEqual({ signCommitment: { current: true, published: false } });
    const before = await subgraph.request(`{ marketEntity(uscc: "${B}") { commitmentPublished } }`);
    expect(before.data).toEqual({ marketEntity: { commitmentPublished: false } });
    await subgraph.request(`mutation { publishCommitment(uscc: "${B}") { published } }`);
    const after = await subgraph.request(`{ marketEntity(uscc: "${B}") { commitmentPublished institution { commitment { published current } } } }`);
    expect(after.data).toEqual({ marketEntity: { commitmentPublished: true, institution: { commitment: { published: true, current: true } } } });
  });

  it('resolves any USCC as a market entity; an unregistered one has no institution', async () => {
    const stranger = uscc('91440300MA5F00003');
    const result = await subgraph.request(`query ($r: [_Any!]!) { _entities(representations: $r) { ... on MarketEntity { uscc institution { name } commitmentPublished } } }`, {
      r: [{ __typename: 'MarketEntity', uscc: A }, { __typename: 'MarketEntity', uscc: stranger }],
    });
    expect(result.data).toEqual({ _entities: [
      { uscc: A, institution: { name: '长沙某征信服务有限公司' }, commitmentPublished: false },
      { uscc: stranger, institution: null, commitmentPublished: false },
    ] });
  });

  it('lists the public directory by region, cut by level, operating institutions only', async () => {
    await subgraph.request(`mutation { updateBusinessStatus(uscc: "${B}", status: DEREGISTERED, reason: "已注销") { businessStatus } }`);
    const hunan = await subgraph.request(`{ directory(region: "430000") { totalCount nodes { uscc } } }`);
    expect(hunan.data).toEqual({ directory: { totalCount: 1, nodes: [{ uscc: A }] } });
    const beijing = await subgraph.request(`{ directory(region: "110000") { totalCount } }`);
    expect(beijing.data).toEqual({ directory: { totalCount: 0 } });
  });

  it('pages with first/after', async () => {
    const page1 = await subgraph.request<{ institutions: { pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { uscc: string }[] } }>(
      '{ institutions(first: 1) { pageInfo { hasNextPage endCursor } nodes { uscc } } }',
    );
    expect(page1.data?.institutions.pageInfo.hasNextPage).toBe(true);
    const page2 = await subgraph.request(`query ($after: String) { institutions(first: 1, after: $after) { pageInfo { hasNextPage } nodes { uscc } } }`, {
      after: page1.data?.institutions.pageInfo.endCursor,
    });
    expect(page2.data).toEqual({ institutions: { pageInfo: { hasNextPage: false }, nodes: [{ uscc: B }] } });
    const tooMany = await subgraph.request('{ institutions(first: 201) { totalCount } }');
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

describe.each(testDrivers())('institutions on %s: directory search and prices', (driver) => {
  let storage: TestStorage;
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    storage = createTestStorage(driver);
    subgraph = await startTestSubgraph(institutionsSubgraph, storage.storageFor('institutions'));
    await subgraph.request(REGISTER, { input: { uscc: A, name: '长沙100%信用_服务有限公司', legalRepresentative: '张三', region: '430102' } });
    await subgraph.request(REGISTER, { input: { uscc: B, name: '北京某信用评级有限公司', legalRepresentative: '张三', region: '110105' } });
  });

  afterAll(async () => {
    await subgraph.close();
    await storage.cleanup();
  });

  it.each([
    ['%', [A]],
    ['_', [A]],
    ['100%', [A]],
    ['信用', [A, B]],
    [B, [B]],
  ])('treats %s as literal text, not a wildcard', async (text, expected) => {
    const result = await subgraph.request<{ directory: { nodes: { uscc: string }[] } }>('query ($q: String) { directory(query: $q) { nodes { uscc } } }', { q: text });
    expect(result.data?.directory.nodes.map((node) => node.uscc)).toEqual(expected);
  });

  it('publishes prices with two decimals', async () => {
    const result = await subgraph.request<{ publishDisclosure: { products: { feeStandards: { priceYuan: string }[] }[] } }>(
      `mutation ($uscc: USCC!) { publishDisclosure(uscc: $uscc, input: { basicInfo: "b", products: [{ name: "p", feeStandards: [
        { item: "a", priceYuan: "12.5", unit: "份" }, { item: "b", priceYuan: "0200", unit: "份" }, { item: "c", priceYuan: "9.99", unit: "份" }] }] }) {
        products { feeStandards { priceYuan } } } }`,
      { uscc: B },
    );
    expect(result.data?.publishDisclosure.products[0].feeStandards.map((fee) => fee.priceYuan)).toEqual(['12.50', '200.00', '9.99']);
  });
});

describe.each(testDrivers())('institutions demo seed on %s', (driver) => {
  let storage: TestStorage;
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    storage = createTestStorage(driver);
    subgraph = await startTestSubgraph(institutionsSubgraph, storage.storageFor('institutions_demo'));
    await institutionsSubgraph.seedDemo?.(subgraph.dataSource);
    await institutionsSubgraph.seedDemo?.(subgraph.dataSource);
  });

  afterAll(async () => {
    await subgraph.close();
    await storage.cleanup();
  });

  type Demo = { institutions: { totalCount: number; nodes: {
    uscc: string; legalRepresentative: string; businessStatus: string; businessStatusReason: string | null;
    disclosure: { version: number; basicInfo: string; otherInfo: string | null } | null; disclosureHistory: { version: number }[];
    commitment: { legalRepresentative: string; published: boolean; current: boolean } | null; entity: { commitmentPublished: boolean };
  }[] } };
  const demo = async () => {
    const result = await subgraph.request<Demo>(`{ institutions(first: 100) { totalCount nodes {
      uscc legalRepresentative businessStatus businessStatusReason
      disclosure { version basicInfo otherInfo } disclosureHistory { version }
      commitment { legalRepresentative published current } entity { commitmentPublished }
    } } }`);
    expect(result.errors).toBeUndefined();
    return new Map((result.data?.institutions.nodes ?? []).map((node) => [node.uscc, node]));
  };

  it('registers every demo entity but the impersonator, once, in every business status, each change with its reason', async () => {
    const institutions = await demo();
    const { shenzhenImpersonator, ...registered } = demoEntities;
    expect([...institutions.keys()].sort()).toEqual(Object.values(registered).map((entity) => entity.uscc).sort());
    expect(institutions.has(shenzhenImpersonator.uscc)).toBe(false);
    const statuses = await subgraph.request<{ __type: { enumValues: { name: string }[] } }>('{ __type(name: "BusinessStatus") { enumValues { name } } }');
    expect(new Set([...institutions.values()].map((institution) => institution.businessStatus))).toEqual(new Set(statuses.data?.__type.enumValues.map((value) => value.name)));
    for (const institution of institutions.values()) {
      if (institution.businessStatus !== 'OPERATING') expect(institution.businessStatusReason).toEqual(expect.any(String));
    }
  });

  it('has commitments published, unpublished, and no longer current: signed by a former legal representative', async () => {
    const institutions = await demo();
    const { changshaCredit, beijingRating, changshaClean } = demoEntities;
    expect(institutions.get(changshaCredit.uscc)).toMatchObject({
      commitment: { legalRepresentative: changshaCredit.legalRepresentative, published: true, current: true }, entity: { commitmentPublished: true },
    });
    expect(institutions.get(beijingRating.uscc)).toMatchObject({ commitment: { published: false, current: true }, entity: { commitmentPublished: false } });
    const changed = institutions.get(changshaClean.uscc);
    expect(changed).toMatchObject({
      legalRepresentative: changshaClean.legalRepresentative,
      commitment: { published: true, current: false }, entity: { commitmentPublished: false },
    });
    expect(changed?.commitment?.legalRepresentative).not.toBe(changshaClean.legalRepresentative);
  });

  it('has a disclosure in two versions: version 2 current, version 1 in the history', async () => {
    const changed = (await demo()).get(demoEntities.changshaClean.uscc);
    expect(changed?.disclosure).toMatchObject({ version: 2, otherInfo: expect.stringContaining('变更法定代表人') });
    expect(changed?.disclosureHistory).toEqual([{ version: 2 }, { version: 1 }]);
  });

  it('registers through every channel, with websites and phones, and keeps the history of each status change', async () => {
    type Registry = { institutions: { nodes: {
      uscc: string; registeredVia: string; websites: string[]; phones: string[]; businessStatus: string;
      businessStatusHistory: { previousStatus: string; status: string; reason: string | null; changedBy: string | null }[];
    }[] } };
    const result = await subgraph.request<Registry>('{ institutions(first: 100) { nodes { uscc registeredVia websites phones businessStatus businessStatusHistory { previousStatus status reason changedBy } } } }');
    const nodes = result.data?.institutions.nodes ?? [];
    expect(new Set(nodes.map((node) => node.registeredVia))).toEqual(new Set(['LEAD_UNIT', 'NATIONAL_REGULATOR', 'SELF_REGISTERED']));
    expect(nodes.find((node) => node.uscc === demoEntities.changshaCredit.uscc)).toMatchObject({ websites: ['https://www.hncx-credit.example/'], phones: ['0731-8482 2207', '400-800-1234'] });
    for (const node of nodes) {
      if (node.businessStatus === 'OPERATING') expect(node.businessStatusHistory).toEqual([]);
      else expect(node.businessStatusHistory).toEqual([{ previousStatus: 'OPERATING', status: node.businessStatus, reason: expect.any(String), changedBy: expect.any(String) }]);
    }
  });

  it('shows the commitment superseded by the change of legal representative, with when and why', async () => {
    const result = await subgraph.request(`{ institution(uscc: "${demoEntities.changshaClean.uscc}") { commitment { current supersededAt supersededReason } } }`);
    expect(result.data).toEqual({ institution: { commitment: { current: false, supersededAt: '2021-05-10T10:00:00.000+08:00', supersededReason: expect.stringContaining('法定代表人变更') } } });
  });

  it('reads the registry with every nested list in a fixed number of statements, however many institutions', async () => {
    const everything = `query ($first: Int) { institutions(first: $first) { nodes {
      uscc registeredBy websites phones legalRepresentative businessStatusHistory { status changedBy }
      disclosure { version } disclosureHistory { version } commitment { legalRepresentative current } entity { commitmentPublished }
    } } }`;
    const selects = async (first: number) => {
      subgraph.statements.reset();
      const result = await subgraph.request(everything, { first });
      expect(result.errors).toBeUndefined();
      return subgraph.statements.statements.filter((statement) => /^\s*SELECT/i.test(statement)).length;
    };
    expect(await selects(8)).toBe(await selects(1));
  });

  it('names no legal representative in the public disclosures (the name is personal data)', async () => {
    const institutions = await demo();
    for (const entity of Object.values(demoEntities)) {
      const disclosure = institutions.get(entity.uscc)?.disclosure;
      if (disclosure) expect(`${disclosure.basicInfo} ${disclosure.otherInfo ?? ''}`).not.toContain(entity.legalRepresentative);
    }
    expect(JSON.stringify([...institutions.values()].map((institution) => institution.disclosure))).not.toContain('钱勇');
  });
});

/** The demo's callers (test/e2e/matrix), the anonymous public as the gateway hands it on. */
const PUBLIC: Identity = { role: 'PUBLIC', subject: '', clientAddress: '203.0.113.7' };
const identityOf = (caller: Caller): Identity => callers[caller] ?? PUBLIC;

const { changshaCredit, beijingRating, changshaClean, changshaLost, changshaExited } = demoEntities;
/** Who signed each demo commitment: 湖南守信's was signed by its former legal representative. */
const COMMITMENT_SIGNER = new Map<string, string>([
  [changshaCredit.uscc, changshaCredit.legalRepresentative],
  [beijingRating.uscc, beijingRating.legalRepresentative],
  [changshaClean.uscc, '钱勇'],
]);

/** The stored (encrypted) value of a personal-data column, as the database holds it. */
async function storedColumn(dataSource: DataSource, table: string, where: string, parameters: Record<string, unknown>): Promise<string | undefined> {
  const row = await dataSource.createQueryBuilder().select('t.legalRepresentative', 'stored').from(table, 't').where(where, parameters).getRawOne<{ stored: string }>();
  return row?.stored;
}

const personalDataReads = (dataSource: DataSource, actor: string) =>
  dataSource.getRepository(AuditEntryEntity).find({ where: { actor, operation: 'READ_PERSONAL_DATA' }, order: { id: 'ASC' } });

describe.each(testDrivers())('institutions reads by role on %s (docs/authorization.md)', (driver) => {
  let storage: TestStorage;
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    storage = createTestStorage(driver);
    subgraph = await startTestSubgraph(institutionsSubgraph, storage.storageFor('institutions_reads'));
    await institutionsSubgraph.seedDemo?.(subgraph.dataSource);
  });

  afterAll(async () => {
    await subgraph.close();
    await storage.cleanup();
  });

  type Shown = { institution: { name: string; legalRepresentative: string; commitment: { legalRepresentative: string } | null } | null };
  const SHOWN = 'query ($uscc: USCC!) { institution(uscc: $uscc) { name legalRepresentative commitment { legalRepresentative } } }';

  it.each<[Caller, { uscc: string; legalRepresentative: string }, 'clear' | 'masked']>([
    ['national', changshaCredit, 'clear'],
    ['hunan', changshaCredit, 'clear'],
    ['changsha', changshaClean, 'clear'],
    ['furong', changshaCredit, 'clear'],
    ['furong', changshaClean, 'masked'],
    ['beijing', beijingRating, 'clear'],
    ['beijing', changshaCredit, 'masked'],
    ['changshaCredit', changshaCredit, 'clear'],
    ['beijingRating', changshaCredit, 'masked'],
    ['nanshanMarket', changshaCredit, 'masked'],
    ['court', changshaCredit, 'masked'],
    ['service', changshaCredit, 'masked'],
    ['public', changshaCredit, 'masked'],
  ])('shows %s the legal representatives of %s in %s, the rest of the registry to everyone', async (caller, entity, how) => {
    const show = (name: string) => (how === 'clear' ? name : maskName(name));
    const result = await subgraph.request<Shown>(SHOWN, { uscc: entity.uscc }, { identity: identityOf(caller) });
    expect(result.errors).toBeUndefined();
    expect(result.data?.institution).toEqual({
      name: expect.any(String),
      legalRepresentative: show(entity.legalRepresentative),
      commitment: { legalRepresentative: show(COMMITMENT_SIGNER.get(entity.uscc) ?? '') },
    });
    if (how === 'masked') expect(JSON.stringify(result.data)).not.toContain(entity.legalRepresentative);
  });

  it('applies the same rule in _entities: every caller gets the institution, in clear only within scope', async () => {
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) {
      ... on Institution { uscc legalRepresentative }
      ... on MarketEntity { uscc institution { legalRepresentative commitment { legalRepresentative } } commitmentPublished }
    } }`;
    const r = [
      { __typename: 'Institution', uscc: changshaCredit.uscc },
      { __typename: 'Institution', uscc: beijingRating.uscc },
      { __typename: 'MarketEntity', uscc: changshaCredit.uscc },
      { __typename: 'MarketEntity', uscc: beijingRating.uscc },
    ];
    const asHunan = await subgraph.request(query, { r }, { identity: identityOf('hunan') });
    expect(asHunan).toEqual({ data: { _entities: [
      { uscc: changshaCredit.uscc, legalRepresentative: changshaCredit.legalRepresentative },
      { uscc: beijingRating.uscc, legalRepresentative: maskName(beijingRating.legalRepresentative) },
      { uscc: changshaCredit.uscc, institution: { legalRepresentative: changshaCredit.legalRepresentative, commitment: { legalRepresentative: changshaCredit.legalRepresentative } }, commitmentPublished: true },
      // 北京信达's commitment is not published: not shown outside the Beijing lead unit's scope.
      { uscc: beijingRating.uscc, institution: { legalRepresentative: maskName(beijingRating.legalRepresentative), commitment: null }, commitmentPublished: false },
    ] } });
    const asPublic = await subgraph.request<{ _entities: unknown[] }>(query, { r }, { identity: PUBLIC });
    expect(asPublic.errors).toBeUndefined();
    expect(asPublic.data?._entities).toHaveLength(4);
    expect(JSON.stringify(asPublic.data)).not.toMatch(new RegExp(`${changshaCredit.legalRepresentative}|${beijingRating.legalRepresentative}`));
  });

  it('keeps the public directory searchable by name and by USCC, legal representatives masked', async () => {
    type Directory = { directory: { nodes: { uscc: string; legalRepresentative: string }[] } };
    const search = (q: string) => subgraph.request<Directory>('query ($q: String) { directory(query: $q) { nodes { uscc legalRepresentative } } }', { q }, { identity: PUBLIC });
    expect((await search('诚信征信')).data?.directory.nodes).toEqual([{ uscc: changshaCredit.uscc, legalRepresentative: maskName(changshaCredit.legalRepresentative) }]);
    expect((await search(beijingRating.uscc)).data?.directory.nodes).toEqual([{ uscc: beijingRating.uscc, legalRepresentative: maskName(beijingRating.legalRepresentative) }]);
    expect((await search(changshaCredit.legalRepresentative)).data?.directory.nodes).toEqual([]);
  });

  it('lists the registry for the national regulator and lead units only, a lead unit its own region (cut by level)', async () => {
    type Listed = { institutions: { totalCount: number; nodes: { uscc: string }[] } | null };
    const list = async (caller: Caller, region?: string) => {
      const result = await subgraph.request<Listed>('query ($f: InstitutionFilter) { institutions(filter: $f, first: 100) { totalCount nodes { uscc } } }', { f: region ? { region } : null }, { identity: identityOf(caller) });
      expect(result.errors).toBeUndefined();
      return { totalCount: result.data?.institutions?.totalCount, usccs: result.data?.institutions?.nodes.map((node) => node.uscc).sort() };
    };
    const registered = Object.values(demoEntities).filter((entity) => entity !== demoEntities.shenzhenImpersonator);
    const inRegion = (prefix: string) => registered.filter((entity) => entity.region.startsWith(prefix)).map((entity) => entity.uscc).sort();
    expect(await list('national')).toEqual({ totalCount: registered.length, usccs: inRegion('') });
    expect(await list('hunan')).toEqual({ totalCount: 4, usccs: inRegion('43') });
    expect(await list('changsha')).toEqual({ totalCount: 4, usccs: inRegion('4301') });
    expect(await list('furong')).toEqual({ totalCount: 1, usccs: [changshaCredit.uscc] });
    expect(await list('hunan', '430102')).toEqual({ totalCount: 1, usccs: [changshaCredit.uscc] });
    expect(await list('hunan', '110000')).toEqual({ totalCount: 0, usccs: [] });
    expect(await list('beijing', '430000')).toEqual({ totalCount: 0, usccs: [] });
    expect(await list('beijing')).toEqual({ totalCount: 1, usccs: [beijingRating.uscc] });
  });

  it.each<Caller>(['nanshanMarket', 'court', 'changshaCredit', 'service', 'public'])('refuses %s the registry list and the audit log (FORBIDDEN)', async (caller) => {
    const result = await subgraph.request('{ institutions { totalCount } }', {}, { identity: identityOf(caller) });
    expect(result.data).toEqual({ institutions: null });
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    const log = await subgraph.request('{ institutionsAuditLog { totalCount } }', {}, { identity: identityOf(caller) });
    expect(log.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('refuses a lead unit the audit log (national regulator only)', async () => {
    const log = await subgraph.request('{ institutionsAuditLog { totalCount } }', {}, { identity: identityOf('hunan') });
    expect(log.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('logs every read in clear, batched (one INSERT per level of the answer, however many objects), and no masked read', async () => {
    const reader: Identity = { ...identityOf('hunan'), subject: 'hunan-log-reader', clientAddress: '198.51.100.4' };
    subgraph.statements.reset();
    const result = await subgraph.request('{ institutions(first: 100) { nodes { legalRepresentative commitment { legalRepresentative } } } }', {}, { identity: reader });
    expect(result.errors).toBeUndefined();
    expect(subgraph.statements.statements.filter((statement) => /^\s*INSERT/i.test(statement))).toHaveLength(2);
    const reads = await personalDataReads(subgraph.dataSource, 'hunan-log-reader');
    const objects = reads.map((read) => `${read.objectType}:${read.objectId}`);
    expect(objects.filter((object) => object.startsWith('Institution:')).sort()).toEqual(
      [changshaCredit, changshaLost, changshaClean, changshaExited].map((entity) => `Institution:${entity.uscc}`).sort(),
    );
    expect(objects.filter((object) => object.startsWith('CreditCommitment:'))).toHaveLength(3);
    expect(reads[0]).toMatchObject({ role: 'LEAD_UNIT', clientAddress: '198.51.100.4', summary: 'personal data shown in clear' });

    const masked: Identity = { ...identityOf('beijing'), subject: 'beijing-masked-reader' };
    await subgraph.request(SHOWN, { uscc: changshaCredit.uscc }, { identity: masked });
    expect(await personalDataReads(subgraph.dataSource, 'beijing-masked-reader')).toEqual([]);
  });

  it('stores legal representatives encrypted: neither table holds the name in clear', async () => {
    const institution = await storedColumn(subgraph.dataSource, 'institution', 't.uscc = :uscc', { uscc: changshaCredit.uscc });
    expect(institution).toMatch(/^aes256gcm:/);
    expect(institution).not.toContain(changshaCredit.legalRepresentative);
    expect(personalDataCipher().decrypt(institution ?? '')).toBe(changshaCredit.legalRepresentative);
    const commitment = await storedColumn(subgraph.dataSource, 'credit_commitment', 't.uscc = :uscc', { uscc: changshaClean.uscc });
    expect(commitment).toMatch(/^aes256gcm:/);
    expect(personalDataCipher().decrypt(commitment ?? '')).toBe('钱勇');
  });
});

describe.each(testDrivers())('institutions mutations by role on %s (docs/authorization.md)', (driver) => {
  let storage: TestStorage;
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    storage = createTestStorage(driver);
    subgraph = await startTestSubgraph(institutionsSubgraph, storage.storageFor('institutions_writes'));
    await institutionsSubgraph.seedDemo?.(subgraph.dataSource);
  });

  afterAll(async () => {
    await subgraph.close();
    await storage.cleanup();
  });

  const codes = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.map((error) => error.extensions?.code);
  const changes = () => subgraph.dataSource.getRepository(AuditEntryEntity).find({ order: { id: 'ASC' } })
    .then((entries) => entries.filter((entry) => entry.operation !== 'READ_PERSONAL_DATA'));
  const registration = (first17: string, region: string, overrides: Record<string, unknown> = {}) =>
    ({ uscc: uscc(first17), name: `授权测试${first17.slice(-5)}信用服务有限公司`, legalRepresentative: '欧阳明', region, ...overrides });
  const REGISTER_ANSWER = 'mutation ($input: RegisterInstitutionInput!) { registerInstitution(input: $input) { uscc region legalRepresentative } }';
  const STATUS = 'mutation ($uscc: USCC!, $status: BusinessStatus!, $reason: String) { updateBusinessStatus(uscc: $uscc, status: $status, reason: $reason) { businessStatus businessStatusReason } }';
  const DISCLOSE = 'mutation ($uscc: USCC!, $input: DisclosureInput!) { publishDisclosure(uscc: $uscc, input: $input) { id version } }';
  const disclosure = { basicInfo: '授权测试', products: [{ name: '企业信用报告', feeStandards: [{ item: '标准版', priceYuan: '300', unit: '每份' }] }] };
  const SIGN = 'mutation ($uscc: USCC!, $name: String!) { signCommitment(uscc: $uscc, input: { text: "信用承诺书", legalRepresentative: $name }) { id legalRepresentative current published } }';
  const PUBLISH = 'mutation ($uscc: USCC!) { publishCommitment(uscc: $uscc) { id published } }';

  it('lets a lead unit register in its region and writes who did it to the audit log', async () => {
    const input = registration('91430102MA4LA0001', '430102');
    const result = await subgraph.request(REGISTER_ANSWER, { input }, { identity: identityOf('hunan') });
    expect(result).toEqual({ data: { registerInstitution: { uscc: input.uscc, region: '430102', legalRepresentative: '欧阳明' } } });
    expect((await changes()).at(-1)).toMatchObject({
      actor: 'hunan-lead-1', role: 'LEAD_UNIT', operation: 'registerInstitution', objectType: 'Institution', objectId: input.uscc,
      summary: expect.stringContaining('430102'),
    });
    const stored = await storedColumn(subgraph.dataSource, 'institution', 't.uscc = :uscc', { uscc: input.uscc });
    expect(stored).not.toContain('欧阳明');
    expect((await subgraph.dataSource.getRepository(InstitutionEntity).findOneByOrFail({ uscc: input.uscc })).legalRepresentative).toBe('欧阳明');
  });

  it('refuses a lead unit a registration outside its region (FORBIDDEN, before the input is checked), stores nothing', async () => {
    const before = (await changes()).length;
    const outside = registration('91430104MA4LA0002', '430104');
    expect(codes(await subgraph.request(REGISTER_ANSWER, { input: outside }, { identity: identityOf('furong') }))).toEqual(['FORBIDDEN']);
    const outsideAndBad = registration('91110105MA01A0003', '110105', { name: ' ' });
    expect(codes(await subgraph.request(REGISTER_ANSWER, { input: outsideAndBad }, { identity: identityOf('hunan') }))).toEqual(['FORBIDDEN']);
    const insideAndBad = registration('91430102MA4LA0004', '430102', { name: ' ' });
    expect(codes(await subgraph.request(REGISTER_ANSWER, { input: insideAndBad }, { identity: identityOf('hunan') }))).toEqual(['BAD_USER_INPUT']);
    for (const input of [outside, outsideAndBad, insideAndBad]) {
      expect((await subgraph.request(`{ institution(uscc: "${input.uscc}") { uscc } }`)).data).toEqual({ institution: null });
    }
    expect(await changes()).toHaveLength(before);
  });

  it.each<Caller>(['nanshanMarket', 'court', 'changshaCredit', 'service', 'public'])('refuses %s every registrar act (FORBIDDEN, whatever the input)', async (caller) => {
    const identity = identityOf(caller);
    const before = (await changes()).length;
    const bad = registration('91430102MA4LA0005', '430102', { name: ' ' });
    expect(codes(await subgraph.request(REGISTER_ANSWER, { input: bad }, { identity }))).toEqual(['FORBIDDEN']);
    expect(codes(await subgraph.request(STATUS, { uscc: changshaCredit.uscc, status: 'REVOKED' }, { identity }))).toEqual(['FORBIDDEN']);
    expect(codes(await subgraph.request(PUBLISH, { uscc: beijingRating.uscc }, { identity }))).toEqual(['FORBIDDEN']);
    expect(await changes()).toHaveLength(before);
  });

  it('changes a business status only within the lead unit\'s region: outside is NOT_FOUND, like an unregistered USCC', async () => {
    const before = (await changes()).length;
    const outside = await subgraph.request(STATUS, { uscc: changshaLost.uscc, status: 'DEREGISTERED', reason: '已注销' }, { identity: identityOf('furong') });
    const missing = await subgraph.request(STATUS, { uscc: uscc('91430102MA4LA0009'), status: 'DEREGISTERED', reason: '已注销' }, { identity: identityOf('furong') });
    expect(codes(outside)).toEqual(['NOT_FOUND']);
    expect(codes(missing)).toEqual(['NOT_FOUND']);
    expect(outside.errors?.[0].message.replace(changshaLost.uscc, 'X')).toBe(missing.errors?.[0].message.replace(uscc('91430102MA4LA0009'), 'X'));
    const outsideWithoutReason = await subgraph.request(STATUS, { uscc: changshaLost.uscc, status: 'DEREGISTERED' }, { identity: identityOf('beijing') });
    expect(codes(outsideWithoutReason)).toEqual(['NOT_FOUND']);
    expect(await changes()).toHaveLength(before);

    const inside = await subgraph.request(STATUS, { uscc: changshaLost.uscc, status: 'DEREGISTERED', reason: '已注销' }, { identity: identityOf('changsha') });
    expect(inside).toEqual({ data: { updateBusinessStatus: { businessStatus: 'DEREGISTERED', businessStatusReason: '已注销' } } });
    expect((await changes()).at(-1)).toMatchObject({
      actor: 'changsha-lead-1', role: 'LEAD_UNIT', operation: 'updateBusinessStatus', objectType: 'Institution', objectId: changshaLost.uscc,
      summary: 'business status ABNORMAL_LOST_CONTACT → DEREGISTERED: 已注销',
    });
  });

  it('lets an institution publish its own disclosure only; another\'s is NOT_FOUND, a lead unit is FORBIDDEN', async () => {
    const own = await subgraph.request<{ publishDisclosure: { id: string; version: number } }>(DISCLOSE, { uscc: changshaCredit.uscc, input: disclosure }, { identity: identityOf('changshaCredit') });
    expect(own.errors).toBeUndefined();
    expect((await changes()).at(-1)).toMatchObject({
      actor: 'changsha-credit-admin', role: 'INSTITUTION', operation: 'publishDisclosure', objectType: 'Disclosure', objectId: own.data?.publishDisclosure.id,
    });
    const before = (await changes()).length;
    expect(codes(await subgraph.request(DISCLOSE, { uscc: beijingRating.uscc, input: disclosure }, { identity: identityOf('changshaCredit') }))).toEqual(['NOT_FOUND']);
    const badInput = { ...disclosure, products: [{ name: 'x', feeStandards: [] }] };
    expect(codes(await subgraph.request(DISCLOSE, { uscc: beijingRating.uscc, input: badInput }, { identity: identityOf('changshaCredit') }))).toEqual(['NOT_FOUND']);
    expect(codes(await subgraph.request(DISCLOSE, { uscc: changshaCredit.uscc, input: badInput }, { identity: identityOf('changshaCredit') }))).toEqual(['BAD_USER_INPUT']);
    for (const caller of ['hunan', 'nanshanMarket', 'court', 'service', 'public'] as const) {
      expect(codes(await subgraph.request(DISCLOSE, { uscc: changshaCredit.uscc, input: disclosure }, { identity: identityOf(caller) }))).toEqual(['FORBIDDEN']);
    }
    expect(await changes()).toHaveLength(before);
    expect((await subgraph.request(DISCLOSE, { uscc: beijingRating.uscc, input: disclosure })).errors).toBeUndefined();
  });

  it('lets an institution sign its own commitment, checking the legal representative in code (it is stored encrypted)', async () => {
    const signed = await subgraph.request<{ signCommitment: { id: string } }>(SIGN, { uscc: beijingRating.uscc, name: beijingRating.legalRepresentative }, { identity: identityOf('beijingRating') });
    expect(signed.data?.signCommitment).toMatchObject({ legalRepresentative: beijingRating.legalRepresentative, current: true, published: false });
    expect((await changes()).at(-1)).toMatchObject({
      actor: 'beijing-rating-admin', role: 'INSTITUTION', operation: 'signCommitment', objectType: 'CreditCommitment', objectId: signed.data?.signCommitment.id,
    });
    const stored = await storedColumn(subgraph.dataSource, 'credit_commitment', 't.id = :id', { id: Number(signed.data?.signCommitment.id) });
    expect(stored).toMatch(/^aes256gcm:/);
    const before = (await changes()).length;
    const wrong = await subgraph.request(SIGN, { uscc: beijingRating.uscc, name: '王五' }, { identity: identityOf('beijingRating') });
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.legalRepresentative' });
    expect(codes(await subgraph.request(SIGN, { uscc: changshaCredit.uscc, name: changshaCredit.legalRepresentative }, { identity: identityOf('beijingRating') }))).toEqual(['NOT_FOUND']);
    for (const caller of ['beijing', 'nanshanMarket', 'court', 'service', 'public'] as const) {
      expect(codes(await subgraph.request(SIGN, { uscc: beijingRating.uscc, name: beijingRating.legalRepresentative }, { identity: identityOf(caller) }))).toEqual(['FORBIDDEN']);
    }
    expect(await changes()).toHaveLength(before);
  });

  it('publishes a commitment within the lead unit\'s region: outside NOT_FOUND, an institution FORBIDDEN', async () => {
    const before = (await changes()).length;
    expect(codes(await subgraph.request(PUBLISH, { uscc: beijingRating.uscc }, { identity: identityOf('hunan') }))).toEqual(['NOT_FOUND']);
    expect(codes(await subgraph.request(PUBLISH, { uscc: beijingRating.uscc }, { identity: identityOf('beijingRating') }))).toEqual(['FORBIDDEN']);
    expect(await changes()).toHaveLength(before);
    const published = await subgraph.request<{ publishCommitment: { id: string; published: boolean } }>(PUBLISH, { uscc: beijingRating.uscc }, { identity: identityOf('beijing') });
    expect(published.data?.publishCommitment.published).toBe(true);
    expect((await changes()).at(-1)).toMatchObject({
      actor: 'beijing-lead-1', role: 'LEAD_UNIT', operation: 'publishCommitment', objectType: 'CreditCommitment', objectId: published.data?.publishCommitment.id,
    });
    expect(codes(await subgraph.request(PUBLISH, { uscc: changshaClean.uscc }, { identity: identityOf('national') }))).toEqual(['CONFLICT']);
  });

  it('shows the audit log to the national regulator, with no legal representative in clear', async () => {
    type Log = { institutionsAuditLog: { totalCount: number; nodes: { actor: string; role: string; operation: string; summary: string }[] } };
    const log = await subgraph.request<Log>('{ institutionsAuditLog(first: 100) { totalCount nodes { actor role operation objectType objectId summary } } }', {}, { identity: identityOf('national') });
    expect(log.errors).toBeUndefined();
    const operations = new Set(log.data?.institutionsAuditLog.nodes.map((node) => node.operation));
    for (const operation of ['registerInstitution', 'updateBusinessStatus', 'publishDisclosure', 'signCommitment', 'publishCommitment']) expect(operations).toContain(operation);
    const summaries = JSON.stringify((await changes()).map((entry) => entry.summary));
    for (const name of ['欧阳明', ...Object.values(demoEntities).map((entity) => entity.legalRepresentative)]) expect(summaries).not.toContain(name);
  });

  it('stores a legal representative of 100 characters (ciphertext is longer than the name)', async () => {
    const long = '阿'.repeat(100);
    const input = registration('91450100MA5LA0006', '450102', { legalRepresentative: long });
    const result = await subgraph.request(REGISTER_ANSWER, { input });
    expect(result).toEqual({ data: { registerInstitution: { uscc: input.uscc, region: '450102', legalRepresentative: long } } });
    const signed = await subgraph.request(SIGN, { uscc: input.uscc, name: long }, { identity: { role: 'INSTITUTION', subject: 'long-admin', uscc: input.uscc } });
    expect(signed.errors).toBeUndefined();
  });
});

describe.each(testDrivers())('institutions migrations on %s', (driver) => {
  let storage: TestStorage;

  beforeAll(() => {
    storage = createTestStorage(driver);
  });

  afterAll(async () => {
    await storage.cleanup();
  });

  it('encrypts the legal representatives stored before, and decrypts them again when reverted', async () => {
    const config = storage.storageFor('institutions_migrations');
    const before = await createDataSource({ storage: config, entities: [], migrations: [CreateInstitutions1764400000000, CreateAuditLog1764500000000] });
    try {
      await before.runMigrations({ transaction: 'each' });
      await before.createQueryBuilder().insert().into('institution').values({
        uscc: A, name: '长沙某征信服务有限公司', legalRepresentative: '张三', region: '430102', industryCode: '7295',
        businessStatus: 'OPERATING', businessStatusReason: null, registeredAt: new Date('2021-03-01T02:00:00Z'),
      }).execute();
      await before.createQueryBuilder().insert().into('credit_commitment').values({
        uscc: A, text: '信用承诺书', legalRepresentative: '李四', signedAt: new Date('2021-03-01T02:00:00Z'), publishedAt: null,
      }).execute();
    } finally {
      await before.destroy();
    }
    const after = await createDataSource({ storage: config, entities: institutionsEntities, migrations: institutionsMigrations });
    try {
      await after.runMigrations({ transaction: 'each' });
      expect(await storedColumn(after, 'institution', 't.uscc = :uscc', { uscc: A })).toMatch(/^aes256gcm:/);
      expect(await storedColumn(after, 'credit_commitment', 't.uscc = :uscc', { uscc: A })).toMatch(/^aes256gcm:/);
      const institution = await after.getRepository(InstitutionEntity).findOneByOrFail({ uscc: A });
      expect(institution).toMatchObject({ name: '长沙某征信服务有限公司', legalRepresentative: '张三', region: '430102' });
      const runner = after.createQueryRunner();
      const table = await runner.getTable('institution');
      expect(table?.indices.map((index) => [index.columnNames.join(), index.isUnique]).sort()).toEqual([['name', false], ['region', false], ['uscc', true]]);
      expect(table?.findColumnByName('legalRepresentative')).toMatchObject({ type: 'text', isNullable: false });
      // AddRegistryHistory: the commitment signed by someone other than today's legal representative is no longer current.
      const commitment = await after.createQueryBuilder().select('k.supersededAt', 'supersededAt').from('credit_commitment', 'k').where('k.uscc = :uscc', { uscc: A })
        .getRawOne<{ supersededAt: unknown }>();
      expect(commitment?.supersededAt).not.toBeNull();
      expect(institution).toMatchObject({ registeredVia: 'LEAD_UNIT', registeredBy: 'unrecorded', businessStatusChangedAt: null });
      await after.undoLastMigration({ transaction: 'each' });
      expect((await runner.getTable('institution'))?.findColumnByName('registeredVia')).toBeUndefined();
      await after.undoLastMigration({ transaction: 'each' });
      expect(await storedColumn(after, 'institution', 't.uscc = :uscc', { uscc: A })).toBe('张三');
      expect(await storedColumn(after, 'credit_commitment', 't.uscc = :uscc', { uscc: A })).toBe('李四');
      await runner.release();
    } finally {
      await after.destroy();
    }
  });
});
