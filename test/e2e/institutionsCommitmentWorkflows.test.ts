import { DisclosureEntity } from '../../subgraphs/institutions/entities/DisclosureEntity';
import { AuditEntryEntity } from '../../subgraphs/kit/audit/AuditEntryEntity';
import { maskName } from '../../subgraphs/kit/crypto/mask';
import { demoEntities, demoRecordIds } from '../../subgraphs/kit/demo/demoCast';
import { demoUsers } from '../../subgraphs/kit/demo/demoUsers';
import type { Identity } from '../../subgraphs/kit/identity/identity';
import { startTestSystem, type TestSystem } from '../support/startTestSystem';
import { testDrivers } from '../support/testStorage';
import { uscc } from '../support/uscc';

/**
 * Disclosures and credit commitments through the gateway (issue 4, item 1; seed measures 4 and 5;
 * DESIGN.md §6 (b)): every disclosure version kept; a commitment signed by the institution and its
 * legal representative as registered, published by the lead unit of its region, no longer current
 * once the legal representative changes, so that MarketEntity.commitmentPublished turns false
 * until the new one signs and it is published.
 */

type Errors = { errors?: { message: string; extensions?: Record<string, unknown> }[] };
const codes = (result: Errors) => result.errors?.map((error) => error.extensions?.code);

const REGISTER = 'mutation ($input: RegisterInstitutionInput!) { registerInstitution(input: $input) { uscc } }';
const DISCLOSE = `mutation ($uscc: USCC!, $input: DisclosureInput!) {
  publishDisclosure(uscc: $uscc, input: $input) { version basicInfo otherInfo products { name description feeStandards { item priceYuan unit } } }
}`;
const SIGN = `mutation ($uscc: USCC!, $name: String!) {
  signCommitment(uscc: $uscc, input: { text: "本机构及法定代表人郑重承诺：依法依规开展信用服务。", legalRepresentative: $name }) { id legalRepresentative current published }
}`;
const PUBLISH = 'mutation ($uscc: USCC!) { publishCommitment(uscc: $uscc) { id published current } }';
const CHANGE = `mutation ($uscc: USCC!, $name: String!, $reason: String!) {
  changeLegalRepresentative(uscc: $uscc, legalRepresentative: $name, reason: $reason) { uscc legalRepresentative }
}`;
const SHOW = `query ($uscc: USCC!) { institution(uscc: $uscc) {
  legalRepresentative commitment { id legalRepresentative published current supersededAt supersededReason }
  disclosure { version basicInfo } disclosureHistory { version basicInfo }
  entity { commitmentPublished }
} }`;

interface Shown {
  institution: {
    legalRepresentative: string;
    commitment: { id: string; legalRepresentative: string; published: boolean; current: boolean; supersededAt: string | null; supersededReason: string | null } | null;
    disclosure: { version: number; basicInfo: string } | null;
    disclosureHistory: { version: number; basicInfo: string }[];
    entity: { commitmentPublished: boolean };
  } | null;
}

const code = (n: number) => uscc(`91430102MA4T${String(n).padStart(5, '0')}`);
const itself = (n: number): Omit<Identity, 'clientAddress'> => ({ role: 'INSTITUTION', subject: `test-institution-${n}`, uscc: code(n) });

const product = (overrides: Record<string, unknown> = {}) =>
  ({ name: '企业信用报告', description: '基于公共信用信息', feeStandards: [{ item: '标准版', priceYuan: '200', unit: '每份' }], ...overrides });

describe.each(testDrivers())('disclosures and commitments through the gateway on %s', (driver) => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await startTestSystem(driver, { demo: true });
    for (const n of [1, 2, 3, 4, 5]) {
      const result = await system.query(REGISTER, { input: { uscc: code(n), name: `湖南承诺测试${n}号信用服务有限公司`, legalRepresentative: '甲一', region: '430102' } }, { as: demoUsers.furong });
      expect(result.errors).toBeUndefined();
    }
  });

  afterAll(async () => {
    await system.close();
  });

  const show = (n: string, as: Parameters<TestSystem['query']>[2] = {}) => system.query<Shown>(SHOW, { uscc: n }, as);
  const versions = (n: number) => system.subgraphs.institutions.dataSource.getRepository(DisclosureEntity).countBy({ uscc: code(n) });
  const audit = () => system.subgraphs.institutions.dataSource.getRepository(AuditEntryEntity).find({ order: { id: 'ASC' } })
    .then((entries) => entries.filter((entry) => entry.operation !== 'READ_PERSONAL_DATA'));

  describe('disclosure', () => {
    it('is published by the institution itself, every version kept, prices with two decimals', async () => {
      const first = await system.query(DISCLOSE, { uscc: code(1), input: { basicInfo: '第一版', products: [product()], otherInfo: '自愿公示：获评AAA' } }, { as: itself(1) });
      expect(first).toEqual({ data: { publishDisclosure: {
        version: 1, basicInfo: '第一版', otherInfo: '自愿公示：获评AAA',
        products: [{ name: '企业信用报告', description: '基于公共信用信息', feeStandards: [{ item: '标准版', priceYuan: '200.00', unit: '每份' }] }],
      } } });
      const second = await system.query(DISCLOSE, { uscc: code(1), input: { basicInfo: '第二版', products: [
        product({ feeStandards: [{ item: '标准版', priceYuan: '180.5', unit: '每份' }, { item: '深度版', priceYuan: '800', unit: '每份' }] }),
        product({ name: '信用评价', description: null, feeStandards: [{ item: '主体评价', priceYuan: '0', unit: '每次' }] }),
      ] } }, { as: demoUsers.national });
      expect(second.errors).toBeUndefined();
      const shown = (await show(code(1), { as: null })).data?.institution;
      expect(shown?.disclosure).toEqual({ version: 2, basicInfo: '第二版' });
      expect(shown?.disclosureHistory).toEqual([{ version: 2, basicInfo: '第二版' }, { version: 1, basicInfo: '第一版' }]);
    });

    it.each([
      ['no product', { products: [] }, 'input.products'],
      ['a product without fee standards', { products: [product({ feeStandards: [] })] }, 'input.products[0].feeStandards'],
      ['a price in words', { products: [product({ feeStandards: [{ item: '标准版', priceYuan: '两百元', unit: '每份' }] })] }, 'input.products[0].feeStandards[0].priceYuan'],
      ['a negative price', { products: [product(), product({ name: '评价', feeStandards: [{ item: 'a', priceYuan: '-1', unit: '每份' }] })] }, 'input.products[1].feeStandards[0].priceYuan'],
      ['a price with three decimals', { products: [product({ feeStandards: [{ item: '标准版', priceYuan: '1.005', unit: '每份' }] })] }, 'input.products[0].feeStandards[0].priceYuan'],
      ['a fee standard without unit', { products: [product({ feeStandards: [{ item: '标准版', priceYuan: '1', unit: ' ' }] })] }, 'input.products[0].feeStandards[0].unit'],
      ['the same fee item twice', { products: [product({ feeStandards: [{ item: '标准版', priceYuan: '1', unit: '份' }, { item: '标准版', priceYuan: '2', unit: '份' }] })] }, 'input.products[0].feeStandards[1].item'],
      ['the same product twice', { products: [product(), product()] }, 'input.products[1].name'],
      ['empty basic info', { basicInfo: ' ', products: [product()] }, 'input.basicInfo'],
    ])('refuses %s (BAD_USER_INPUT on the field) and stores no version', async (_case, overrides, field) => {
      const before = await versions(2);
      const result = await system.query(DISCLOSE, { uscc: code(2), input: { basicInfo: '基本信息', ...overrides } }, { as: itself(2) });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await versions(2)).toBe(before);
    });

    it('refuses another institution (NOT_FOUND), a lead unit and the public (FORBIDDEN), and an institution not operating (CONFLICT)', async () => {
      const input = { basicInfo: '基本信息', products: [product()] };
      expect(codes(await system.query(DISCLOSE, { uscc: code(2), input }, { as: itself(1) }))).toEqual(['NOT_FOUND']);
      expect(codes(await system.query(DISCLOSE, { uscc: code(2), input }, { as: demoUsers.furong }))).toEqual(['FORBIDDEN']);
      expect(codes(await system.query(DISCLOSE, { uscc: code(2), input }, { as: null }))).toEqual(['FORBIDDEN']);
      const bankrupt = await system.query(DISCLOSE, { uscc: demoEntities.shanghaiBankrupt.uscc, input }, { as: demoUsers.national });
      expect(codes(bankrupt)).toEqual(['CONFLICT']);
      expect(bankrupt.errors?.[0].message).toContain('BANKRUPTCY');
      expect(await versions(2)).toBe(0);
    });
  });

  describe('commitment', () => {
    it('is signed by the institution with its registered legal representative only: another name is BAD_USER_INPUT on the field', async () => {
      const before = (await audit()).length;
      const wrong = await system.query(SIGN, { uscc: code(3), name: '乙二' }, { as: itself(3) });
      expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.legalRepresentative' });
      expect(codes(await system.query(SIGN, { uscc: code(3), name: '甲一' }, { as: itself(4) }))).toEqual(['NOT_FOUND']);
      for (const as of [demoUsers.national, demoUsers.furong, null]) {
        expect(codes(await system.query(SIGN, { uscc: code(3), name: '甲一' }, { as }))).toEqual(['FORBIDDEN']);
      }
      expect(await audit()).toHaveLength(before);
      expect((await show(code(3))).data?.institution?.commitment).toBeNull();
    });

    it('cannot be published before it is signed (CONFLICT)', async () => {
      const result = await system.query(PUBLISH, { uscc: code(3) }, { as: demoUsers.furong });
      expect(codes(result)).toEqual(['CONFLICT']);
    });

    it('is published by the lead unit of the institution\'s region (or the national regulator), shown to the public only once published', async () => {
      const signed = await system.query<{ signCommitment: { id: string } }>(SIGN, { uscc: code(3), name: '甲一' }, { as: itself(3) });
      expect(signed.data?.signCommitment).toMatchObject({ legalRepresentative: '甲一', current: true, published: false });
      expect((await show(code(3), { as: null })).data?.institution).toMatchObject({ commitment: null, entity: { commitmentPublished: false } });
      expect((await show(code(3), { as: itself(3) })).data?.institution?.commitment).toMatchObject({ legalRepresentative: '甲一', published: false });

      expect(codes(await system.query(PUBLISH, { uscc: code(3) }, { as: itself(3) }))).toEqual(['FORBIDDEN']);
      expect(codes(await system.query(PUBLISH, { uscc: code(3) }, { as: demoUsers.beijing }))).toEqual(['NOT_FOUND']);
      expect((await show(code(3), { as: null })).data?.institution?.entity.commitmentPublished).toBe(false);

      const published = await system.query(PUBLISH, { uscc: code(3) }, { as: demoUsers.furong });
      expect(published.data?.publishCommitment).toEqual({ id: signed.data?.signCommitment.id, published: true, current: true });
      const asPublic = (await show(code(3), { as: null })).data?.institution;
      expect(asPublic).toMatchObject({ commitment: { legalRepresentative: maskName('甲一'), published: true, current: true }, entity: { commitmentPublished: true } });
      const listed = await system.query('query ($q: String) { directory(query: $q) { nodes { uscc commitment { published legalRepresentative } disclosure { version } } } }', { q: code(3) }, { as: null });
      expect(listed.data).toEqual({ directory: { nodes: [{ uscc: code(3), commitment: { published: true, legalRepresentative: maskName('甲一') }, disclosure: null }] } });
    });

    it('is refused to an institution that is not operating (CONFLICT naming the status)', async () => {
      expect((await system.query('mutation ($uscc: USCC!) { updateBusinessStatus(uscc: $uscc, status: REVOKED, reason: "被吊销营业执照") { uscc } }', { uscc: code(5) }, { as: demoUsers.furong })).errors).toBeUndefined();
      const signing = await system.query(SIGN, { uscc: code(5), name: '甲一' }, { as: itself(5) });
      expect(codes(signing)).toEqual(['CONFLICT']);
      expect(signing.errors?.[0].message).toContain('REVOKED');
      expect(codes(await system.query(PUBLISH, { uscc: code(5) }, { as: demoUsers.furong }))).toEqual(['CONFLICT']);
    });
  });

  describe('a change of legal representative', () => {
    const { changshaCredit } = demoEntities;
    /** 湖南诚信 (demo) has a published commitment and a dishonesty record in records: its facts are read through federation. */
    const THROUGH_RECORDS = `query ($id: ID!) { dishonestyRecord(id: $id) { subject { uscc commitmentPublished institution { legalRepresentative commitment { legalRepresentative current published } } } } }`;
    type ThroughRecords = { dishonestyRecord: { subject: { uscc: string; commitmentPublished: boolean; institution: { legalRepresentative: string; commitment: { legalRepresentative: string; current: boolean; published: boolean } | null } } } };
    const throughRecords = async (as: Parameters<TestSystem['query']>[2] = {}) => {
      const result = await system.query<ThroughRecords>(THROUGH_RECORDS, { id: String(demoRecordIds.changshaPenalty) }, as);
      expect(result.errors).toBeUndefined();
      return result.data?.dishonestyRecord.subject;
    };

    it('is made by whoever may change the registry, with a reason: the institution is FORBIDDEN, another region NOT_FOUND, bad input names the field', async () => {
      const before = (await audit()).length;
      const change = (as: Omit<Identity, 'clientAddress'> | null, name: string, reason: string) =>
        system.query(CHANGE, { uscc: changshaCredit.uscc, name, reason }, { as });
      expect(codes(await change(demoUsers.changshaCredit, '李新', '换届'))).toEqual(['FORBIDDEN']);
      expect(codes(await change(null, '李新', '换届'))).toEqual(['FORBIDDEN']);
      expect(codes(await change(demoUsers.beijing, '李新', '换届'))).toEqual(['NOT_FOUND']);
      expect((await change(demoUsers.furong, changshaCredit.legalRepresentative, '换届')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'legalRepresentative' });
      expect((await change(demoUsers.furong, ' ', '换届')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'legalRepresentative' });
      expect((await change(demoUsers.furong, '李新', ' ')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
      expect(await audit()).toHaveLength(before);
      expect(await throughRecords()).toMatchObject({ commitmentPublished: true, institution: { legalRepresentative: changshaCredit.legalRepresentative } });
    });

    it('makes the published commitment not current: commitmentPublished turns false through the gateway until the new one signs and it is published', async () => {
      expect(await throughRecords()).toEqual({ uscc: changshaCredit.uscc, commitmentPublished: true, institution: {
        legalRepresentative: changshaCredit.legalRepresentative,
        commitment: { legalRepresentative: changshaCredit.legalRepresentative, current: true, published: true },
      } });

      const changed = await system.query(CHANGE, { uscc: changshaCredit.uscc, name: '李新', reason: '股东会决议更换法定代表人' }, { as: demoUsers.furong });
      expect(changed).toEqual({ data: { changeLegalRepresentative: { uscc: changshaCredit.uscc, legalRepresentative: '李新' } } });
      const entry = (await audit()).at(-1);
      expect(entry).toMatchObject({ actor: 'furong-lead-1', role: 'LEAD_UNIT', operation: 'changeLegalRepresentative', objectType: 'Institution', objectId: changshaCredit.uscc });
      expect(entry?.summary).not.toMatch(/李新|刘建国/);

      expect(await throughRecords()).toEqual({ uscc: changshaCredit.uscc, commitmentPublished: false, institution: {
        legalRepresentative: '李新', commitment: { legalRepresentative: changshaCredit.legalRepresentative, current: false, published: true },
      } });
      const superseded = (await show(changshaCredit.uscc)).data?.institution?.commitment;
      expect(superseded).toMatchObject({ current: false, supersededAt: expect.any(String), supersededReason: expect.stringContaining('股东会决议更换法定代表人') });
      // The public still sees what was published, and that it is no longer current.
      expect((await show(changshaCredit.uscc, { as: null })).data?.institution?.commitment).toMatchObject({ legalRepresentative: maskName(changshaCredit.legalRepresentative), current: false, published: true });

      const stale = await system.query(PUBLISH, { uscc: changshaCredit.uscc }, { as: demoUsers.hunan });
      expect(codes(stale)).toEqual(['CONFLICT']);
      expect(stale.errors?.[0].message).toContain('not current');
      const byFormer = await system.query(SIGN, { uscc: changshaCredit.uscc, name: changshaCredit.legalRepresentative }, { as: demoUsers.changshaCredit });
      expect(byFormer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.legalRepresentative' });

      const signed = await system.query(SIGN, { uscc: changshaCredit.uscc, name: '李新' }, { as: demoUsers.changshaCredit });
      expect(signed.data?.signCommitment).toMatchObject({ legalRepresentative: '李新', current: true, published: false });
      expect(await throughRecords()).toMatchObject({ commitmentPublished: false, institution: { commitment: { legalRepresentative: '李新', current: true, published: false } } });
      // Not published yet: the public still sees the former, published one.
      expect((await show(changshaCredit.uscc, { as: null })).data?.institution?.commitment).toMatchObject({ current: false, published: true });

      expect((await system.query(PUBLISH, { uscc: changshaCredit.uscc }, { as: demoUsers.hunan })).data?.publishCommitment).toMatchObject({ published: true, current: true });
      expect(await throughRecords()).toMatchObject({ commitmentPublished: true, institution: { commitment: { legalRepresentative: '李新', current: true, published: true } } });
      expect((await show(changshaCredit.uscc, { as: null })).data?.institution?.commitment).toMatchObject({ legalRepresentative: maskName('李新'), current: true, published: true });
    });

    it('is refused once the institution is DEREGISTERED (CONFLICT)', async () => {
      const result = await system.query(CHANGE, { uscc: demoEntities.wuhanClosed.uscc, name: '新代表', reason: '变更' }, { as: demoUsers.national });
      expect(codes(result)).toEqual(['CONFLICT']);
      expect(result.errors?.[0].message).toContain('DEREGISTERED');
    });

    it('needs a new signature even when the former legal representative comes back', async () => {
      const reason = '恢复原法定代表人';
      expect((await system.query(CHANGE, { uscc: code(3), name: '丙三', reason }, { as: demoUsers.furong })).errors).toBeUndefined();
      expect((await system.query(CHANGE, { uscc: code(3), name: '甲一', reason }, { as: demoUsers.furong })).errors).toBeUndefined();
      const shown = (await show(code(3))).data?.institution;
      expect(shown).toMatchObject({ legalRepresentative: '甲一', commitment: { legalRepresentative: '甲一', current: false }, entity: { commitmentPublished: false } });
      expect(codes(await system.query(PUBLISH, { uscc: code(3) }, { as: demoUsers.furong }))).toEqual(['CONFLICT']);
    });
  });

  describe('at the same time (SQLite serializes the transactions, MySQL locks the institution)', () => {
    it('numbers disclosure versions published at once one after the other', async () => {
      const input = { basicInfo: '并发公示', products: [product()] };
      const responses = await Promise.all(Array.from({ length: 8 }, () => system.query<{ publishDisclosure: { version: number } }>(DISCLOSE, { uscc: code(4), input }, { as: itself(4) })));
      expect(responses.filter((response) => response.errors)).toEqual([]);
      expect(responses.map((response) => response.data?.publishDisclosure.version).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    });

    it('registers a USCC sent by several registrars at once exactly once; the others are CONFLICT', async () => {
      const input = { uscc: code(30), name: '并发登记信用服务有限公司', legalRepresentative: '甲一', region: '430102' };
      const responses = await Promise.all([demoUsers.furong, demoUsers.hunan, demoUsers.changsha, demoUsers.national, demoUsers.furong].map((as) => system.query(REGISTER, { input }, { as })));
      expect(responses.filter((response) => !response.errors)).toHaveLength(1);
      expect(responses.flatMap((response) => codes(response) ?? []).sort()).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT']);
    });

    it('never leaves a current commitment signed by someone who is no longer the legal representative', async () => {
      for (const round of [1, 2, 3, 4, 5]) {
        const current = (await show(code(4))).data?.institution?.legalRepresentative ?? '';
        await Promise.all([
          system.query(SIGN, { uscc: code(4), name: current }, { as: itself(4) }),
          system.query(CHANGE, { uscc: code(4), name: `并发代表${round}`, reason: '并发变更' }, { as: demoUsers.furong }),
        ]);
        const shown = (await show(code(4))).data?.institution;
        expect(shown?.legalRepresentative).toBe(`并发代表${round}`);
        if (shown?.commitment?.current) expect(shown.commitment.legalRepresentative).toBe(shown.legalRepresentative);
      }
    });
  });
});
