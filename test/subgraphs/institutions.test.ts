import { institutionsSubgraph } from '../../subgraphs/institutions/institutionsSubgraph';
import { demoEntities } from '../../subgraphs/kit/demo/demoCast';
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
    const wrong = await subgraph.request(sign, { uscc: B, name: '王五' });
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.legalRepresentative' });
    expect((await subgraph.request(sign, { uscc: B, name: '张三' })).data).toEqual({ signCommitment: { current: true, published: false } });
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
    disclosure: { version: number; basicInfo: string } | null; disclosureHistory: { version: number }[];
    commitment: { legalRepresentative: string; published: boolean; current: boolean } | null; entity: { commitmentPublished: boolean };
  }[] } };
  const demo = async () => {
    const result = await subgraph.request<Demo>(`{ institutions(first: 100) { totalCount nodes {
      uscc legalRepresentative businessStatus businessStatusReason
      disclosure { version basicInfo } disclosureHistory { version }
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
    expect(changed?.disclosure).toMatchObject({ version: 2, basicInfo: expect.stringContaining(demoEntities.changshaClean.legalRepresentative) });
    expect(changed?.disclosureHistory).toEqual([{ version: 2 }, { version: 1 }]);
  });
});
