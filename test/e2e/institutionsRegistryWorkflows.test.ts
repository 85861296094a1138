import { InstitutionEntity } from '../../subgraphs/institutions/entities/InstitutionEntity';
import { AuditEntryEntity } from '../../subgraphs/kit/audit/AuditEntryEntity';
import { demoEntities, demoRecordIds } from '../../subgraphs/kit/demo/demoCast';
import { demoUsers } from '../../subgraphs/kit/demo/demoUsers';
import { startTestSystem, type TestSystem } from '../support/startTestSystem';
import { testDrivers } from '../support/testStorage';
import { uscc } from '../support/uscc';

/**
 * The registry through the gateway (issue 4, item 1): registration by a lead unit, the national
 * regulator or the institution itself; websites and phones; the public directory by name, USCC,
 * website and phone; business status changes with their reasons and history.
 */

type Errors = { errors?: { message: string; extensions?: Record<string, unknown> }[] };
const codes = (result: Errors) => result.errors?.map((error) => error.extensions?.code);

const REGISTER = `mutation ($input: RegisterInstitutionInput!) {
  registerInstitution(input: $input) { uscc name region websites phones registeredVia registeredBy businessStatus }
}`;
const SHOW = `query ($uscc: USCC!) { institution(uscc: $uscc) {
  uscc registeredVia registeredBy websites phones businessStatus businessStatusReason businessStatusChangedAt
  businessStatusHistory { previousStatus status reason changedBy changedAt }
} }`;
const DIRECTORY = 'query ($q: String, $region: RegionCode) { directory(query: $q, region: $region, first: 50) { totalCount nodes { uscc name } } }';
const STATUS = `mutation ($uscc: USCC!, $status: BusinessStatus!, $reason: String) {
  updateBusinessStatus(uscc: $uscc, status: $status, reason: $reason) { uscc businessStatus businessStatusReason businessStatusHistory { previousStatus status reason } }
}`;

/** A USCC of this suite (its own range, so the demo's are untouched). */
const code = (n: number) => uscc(`91430102MA4R${String(n).padStart(5, '0')}`);

interface Shown {
  institution: {
    uscc: string; registeredVia: string; registeredBy: string | null; websites: string[]; phones: string[];
    businessStatus: string; businessStatusReason: string | null; businessStatusChangedAt: string | null;
    businessStatusHistory: { previousStatus: string; status: string; reason: string | null; changedBy: string | null; changedAt: string }[];
  } | null;
}

interface Directory { directory: { totalCount: number; nodes: { uscc: string; name: string }[] } }

describe.each(testDrivers())('the institutions registry through the gateway on %s', (driver) => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await startTestSystem(driver, { demo: true });
  });

  afterAll(async () => {
    await system.close();
  });

  const stored = () => system.subgraphs.institutions.dataSource.getRepository(InstitutionEntity).count();
  const audit = () => system.subgraphs.institutions.dataSource.getRepository(AuditEntryEntity).find({ order: { id: 'ASC' } })
    .then((entries) => entries.filter((entry) => entry.operation !== 'READ_PERSONAL_DATA'));
  const show = (uscc: string, as: Parameters<TestSystem['query']>[2] = {}) => system.query<Shown>(SHOW, { uscc }, as);
  const search = (q: string, region?: string) => system.query<Directory>(DIRECTORY, { q, region }, { as: null });
  const found = async (q: string, region?: string) => {
    const result = await search(q, region);
    expect(result.errors).toBeUndefined();
    return result.data?.directory.nodes.map((node) => node.uscc) ?? [];
  };
  const input = (n: number, overrides: Record<string, unknown> = {}) =>
    ({ uscc: code(n), name: `湖南登记测试${n}号信用服务有限公司`, legalRepresentative: '欧阳明', region: '430102', ...overrides });

  describe('registration', () => {
    it('lets a lead unit register in its region, showing who registered it to those who handle it and the channel to everyone', async () => {
      const result = await system.query(REGISTER, { input: input(1, { websites: ['https://www.hndj1.example/'], phones: ['0731-8000 0001'] }) }, { as: demoUsers.hunan });
      expect(result).toEqual({ data: { registerInstitution: {
        uscc: code(1), name: '湖南登记测试1号信用服务有限公司', region: '430102', websites: ['https://www.hndj1.example/'], phones: ['0731-8000 0001'],
        registeredVia: 'LEAD_UNIT', registeredBy: 'hunan-lead-1', businessStatus: 'OPERATING',
      } } });
      const publicView = await show(code(1), { as: null });
      expect(publicView.data?.institution).toMatchObject({ registeredVia: 'LEAD_UNIT', registeredBy: null, websites: ['https://www.hndj1.example/'] });
      expect((await show(code(1), { as: demoUsers.furong })).data?.institution?.registeredBy).toBe('hunan-lead-1');
      expect((await show(code(1), { as: demoUsers.beijing })).data?.institution?.registeredBy).toBeNull();
      expect((await audit()).at(-1)).toMatchObject({ actor: 'hunan-lead-1', role: 'LEAD_UNIT', operation: 'registerInstitution', objectId: code(1) });
    });

    it('lets the national regulator register anywhere', async () => {
      const result = await system.query(REGISTER, { input: input(2, { region: '110105' }) }, { as: demoUsers.national });
      expect(result.data?.registerInstitution).toMatchObject({ uscc: code(2), registeredVia: 'NATIONAL_REGULATOR', registeredBy: 'ndrc-finance-1', websites: [], phones: [] });
    });

    it('lets an institution register itself with its local lead unit (measure 4), once, and only itself', async () => {
      const { newcomer } = demoUsers;
      const self = { uscc: newcomer.uscc, name: '长沙新来信用服务有限公司', legalRepresentative: '邓华', region: '430111', websites: ['xinlai-credit.example'], phones: ['0731-8555 0100'] };
      const before = await stored();
      const other = await system.query(REGISTER, { input: { ...self, uscc: code(3) } }, { as: newcomer });
      expect(codes(other)).toEqual(['FORBIDDEN']);
      expect(await stored()).toBe(before);

      const result = await system.query(REGISTER, { input: self }, { as: newcomer });
      expect(result.errors).toBeUndefined();
      expect(result.data?.registerInstitution).toMatchObject({ uscc: newcomer.uscc, region: '430111', registeredVia: 'SELF_REGISTERED', registeredBy: 'changsha-newcomer-admin' });
      expect((await show(newcomer.uscc, { as: demoUsers.changsha })).data?.institution).toMatchObject({ registeredVia: 'SELF_REGISTERED', registeredBy: 'changsha-newcomer-admin' });
      expect(await found(newcomer.uscc)).toEqual([newcomer.uscc]);

      const again = await system.query(REGISTER, { input: self }, { as: newcomer });
      expect(codes(again)).toEqual(['CONFLICT']);
      expect(await stored()).toBe(before + 1);
    });

    it('refuses a USCC already registered (CONFLICT), whoever registers it, and stores nothing', async () => {
      const before = await stored();
      const duplicate = await system.query(REGISTER, { input: input(1, { name: '另一家公司' }) }, { as: demoUsers.national });
      expect(codes(duplicate)).toEqual(['CONFLICT']);
      expect(duplicate.errors?.[0].message).toContain(code(1));
      const itself = await system.query(REGISTER, { input: { ...input(4), uscc: demoEntities.changshaCredit.uscc } }, { as: demoUsers.changshaCredit });
      expect(codes(itself)).toEqual(['CONFLICT']);
      expect(await stored()).toBe(before);
      expect((await show(code(1))).data?.institution?.uscc).toBe(code(1));
    });

    it('refuses a lead unit outside its region, and every other role (FORBIDDEN), storing nothing', async () => {
      const before = await stored();
      expect(codes(await system.query(REGISTER, { input: input(5, { region: '430104' }) }, { as: demoUsers.furong }))).toEqual(['FORBIDDEN']);
      expect(codes(await system.query(REGISTER, { input: input(5) }, { as: demoUsers.beijing }))).toEqual(['FORBIDDEN']);
      for (const as of [demoUsers.nanshanMarket, demoUsers.court, demoUsers.service, null]) {
        expect(codes(await system.query(REGISTER, { input: input(5) }, { as }))).toEqual(['FORBIDDEN']);
      }
      expect(await stored()).toBe(before);
    });

    it.each([
      ['a website that is not one', { websites: ['https://www.ok.example', 'not a website'] }, 'input.websites[1]'],
      ['the same website twice (after normalising)', { websites: ['https://www.ok.example/', 'OK.example'] }, 'input.websites[1]'],
      ['a phone number with letters', { phones: ['0731-HELP'] }, 'input.phones[0]'],
      ['a phone number too short', { phones: ['12345'] }, 'input.phones[0]'],
      ['more than 10 phone numbers', { phones: Array.from({ length: 11 }, (_v, i) => `0731-8000 01${String(i).padStart(2, '0')}`) }, 'input.phones'],
      ['an empty legal representative', { legalRepresentative: ' ' }, 'input.legalRepresentative'],
    ])('refuses %s (BAD_USER_INPUT on the field) and stores nothing', async (_case, overrides, field) => {
      const before = await stored();
      const result = await system.query(REGISTER, { input: input(6, overrides) }, { as: demoUsers.hunan });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await stored()).toBe(before);
    });
  });

  describe('the public directory: is this a registered institution?', () => {
    beforeAll(async () => {
      const registered = await system.query(REGISTER, { input: input(10, {
        name: '湖南查证信用评估有限公司', websites: ['hncz-pingu.example', 'https://credit.hncz.example/report/'], phones: ['073184561234', '13900731234'],
      }) }, { as: demoUsers.changsha });
      expect(registered.errors).toBeUndefined();
    });

    it('finds an institution by part of its name', async () => {
      expect(await found('查证信用')).toEqual([code(10)]);
    });

    it('finds an institution by its full USCC (in any case), not by part of it', async () => {
      expect(await found(code(10))).toEqual([code(10)]);
      expect(await found(code(10).toLowerCase())).toEqual([code(10)]);
      expect(await found(code(10).slice(0, 12))).toEqual([]);
    });

    it.each([
      ['https://www.hncz-pingu.example/'],
      ['HTTP://WWW.HNCZ-PINGU.EXAMPLE'],
      ['www.hncz-pingu.example//'],
      ['hncz-pingu.example'],
      ['https://credit.hncz.example/report'],
    ])('finds an institution by its website given as %s', async (website) => {
      expect(await found(website)).toEqual([code(10)]);
    });

    it.each([
      ['0731-8456 1234'],
      ['(0731) 8456-1234'],
      ['+86 731 8456 1234'],
      ['139 0073 1234'],
      ['+86-139-0073-1234'],
    ])('finds an institution by its phone number given as %s', async (phone) => {
      expect(await found(phone)).toEqual([code(10)]);
    });

    it('finds the demo institutions by the websites and phones they registered in other forms', async () => {
      const { changshaCredit, changshaExited } = demoEntities;
      expect(await found('hncx-credit.example')).toEqual([changshaCredit.uscc]);
      expect(await found('4008001234')).toEqual([changshaCredit.uscc]);
      expect(await found('0731-8123 4567')).toEqual([changshaExited.uscc]);
    });

    it('does not find a website or phone nobody registered, nor a part of one', async () => {
      expect(await found('https://www.hncz-pingu.example.fake/')).toEqual([]);
      expect(await found('pingu.example')).toEqual([]);
      expect(await found('0731-8456 1299')).toEqual([]);
      expect(await found('84561234')).toEqual([]);
    });

    it('lists operating institutions only, in the region asked', async () => {
      const { shanghaiBankrupt, changshaLost } = demoEntities;
      expect(await found(shanghaiBankrupt.uscc)).toEqual([]);
      expect(await found(changshaLost.name)).toEqual([]);
      expect(await found('hncz-pingu.example', '430100')).toEqual([code(10)]);
      expect(await found('hncz-pingu.example', '110000')).toEqual([]);
    });
  });

  describe('business status', () => {
    beforeAll(async () => {
      for (const n of [20, 21, 22]) expect((await system.query(REGISTER, { input: input(n) }, { as: demoUsers.furong })).errors).toBeUndefined();
    });

    it('requires a reason for every status but OPERATING (BAD_USER_INPUT on reason) and changes nothing', async () => {
      for (const status of ['BANKRUPTCY', 'ABNORMAL_LOST_CONTACT', 'DEREGISTERED', 'REVOKED']) {
        const result = await system.query(STATUS, { uscc: code(20), status, reason: '  ' }, { as: demoUsers.furong });
        expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
      }
      expect((await show(code(20))).data?.institution).toMatchObject({ businessStatus: 'OPERATING', businessStatusHistory: [], businessStatusChangedAt: null });
    });

    it('records each change with its reason, who and when, newest first, and back to OPERATING without a reason', async () => {
      const bankrupt = await system.query(STATUS, { uscc: code(20), status: 'BANKRUPTCY', reason: '长沙市中级人民法院裁定受理破产申请' }, { as: demoUsers.furong });
      expect(bankrupt.data?.updateBusinessStatus).toEqual({
        uscc: code(20), businessStatus: 'BANKRUPTCY', businessStatusReason: '长沙市中级人民法院裁定受理破产申请',
        businessStatusHistory: [{ previousStatus: 'OPERATING', status: 'BANKRUPTCY', reason: '长沙市中级人民法院裁定受理破产申请' }],
      });
      expect(await found(code(20))).toEqual([]);
      const back = await system.query(STATUS, { uscc: code(20), status: 'OPERATING' }, { as: demoUsers.hunan });
      expect(back.data?.updateBusinessStatus).toMatchObject({ businessStatus: 'OPERATING', businessStatusReason: null });
      expect(await found(code(20))).toEqual([code(20)]);

      const asLeadUnit = (await show(code(20), { as: demoUsers.changsha })).data?.institution;
      expect(asLeadUnit?.businessStatusHistory).toEqual([
        { previousStatus: 'BANKRUPTCY', status: 'OPERATING', reason: null, changedBy: 'hunan-lead-1', changedAt: expect.any(String) },
        { previousStatus: 'OPERATING', status: 'BANKRUPTCY', reason: '长沙市中级人民法院裁定受理破产申请', changedBy: 'furong-lead-1', changedAt: expect.any(String) },
      ]);
      expect(asLeadUnit?.businessStatusChangedAt).toBe(asLeadUnit?.businessStatusHistory[0].changedAt);
      const asPublic = (await show(code(20), { as: null })).data?.institution;
      expect(asPublic?.businessStatusHistory.map((change) => change.changedBy)).toEqual([null, null]);
      expect(asPublic?.businessStatusHistory.map((change) => change.reason)).toEqual([null, '长沙市中级人民法院裁定受理破产申请']);
    });

    it('shows the status and its reason through federation, on the subject of another agency\'s record', async () => {
      const result = await system.query(`query ($id: ID!) { dishonestyRecord(id: $id) { subject {
        uscc businessStatus businessStatusReason institution { businessStatus businessStatusReason businessStatusHistory { status reason } } } } }`,
        { id: String(demoRecordIds.shanghaiPenalty) });
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ dishonestyRecord: { subject: {
        uscc: demoEntities.shanghaiBankrupt.uscc, businessStatus: 'BANKRUPTCY', businessStatusReason: '上海市第三中级人民法院裁定受理破产清算申请', institution: {
        businessStatus: 'BANKRUPTCY', businessStatusReason: '上海市第三中级人民法院裁定受理破产清算申请',
        businessStatusHistory: [{ status: 'BANKRUPTCY', reason: '上海市第三中级人民法院裁定受理破产清算申请' }],
      } } } });
    });

    it('answers null for the business status of an entity that is not registered (the hub never fails)', async () => {
      const result = await system.query(`query ($id: ID!) { dishonestyRecord(id: $id) { subject { uscc businessStatus businessStatusReason institution { uscc } } } }`,
        { id: String(demoRecordIds.shenzhenClue) });
      expect(result).toEqual({ data: { dishonestyRecord: { subject: { uscc: demoEntities.shenzhenImpersonator.uscc, businessStatus: null, businessStatusReason: null, institution: null } } } });
    });

    it('refuses any change once DEREGISTERED (CONFLICT naming the status): the firm no longer exists', async () => {
      expect((await system.query(STATUS, { uscc: code(21), status: 'DEREGISTERED', reason: '已办理注销登记' }, { as: demoUsers.furong })).errors).toBeUndefined();
      const before = (await audit()).length;
      for (const [status, reason] of [['OPERATING', null], ['REVOKED', '吊销'], ['DEREGISTERED', '再次注销']]) {
        const refused = await system.query(STATUS, { uscc: code(21), status, reason }, { as: demoUsers.national });
        expect(codes(refused)).toEqual(['CONFLICT']);
        expect(refused.errors?.[0].message).toContain('DEREGISTERED');
      }
      expect(await audit()).toHaveLength(before);
      expect((await show(code(21))).data?.institution?.businessStatusHistory).toHaveLength(1);
    });

    it('refuses a lead unit outside the institution\'s region (NOT_FOUND) and an institution (FORBIDDEN), changing nothing', async () => {
      const before = (await audit()).length;
      expect(codes(await system.query(STATUS, { uscc: code(22), status: 'REVOKED', reason: '吊销' }, { as: demoUsers.beijing }))).toEqual(['NOT_FOUND']);
      expect(codes(await system.query(STATUS, { uscc: code(22), status: 'REVOKED', reason: '吊销' }, { as: { role: 'INSTITUTION', subject: 'x', uscc: code(22) } }))).toEqual(['FORBIDDEN']);
      expect(await audit()).toHaveLength(before);
      expect((await show(code(22))).data?.institution).toMatchObject({ businessStatus: 'OPERATING', businessStatusHistory: [] });
    });
  });
});
