import { demoUsers } from '../../subgraphs/kit/demo/demoUsers';
import { MAX_MARKET_ENTITIES } from '../../subgraphs/institutions/resolvers/queries/marketEntities';
import { startTestSystem, type TestSystem } from '../support/startTestSystem';
import { testDrivers } from '../support/testStorage';
import { uscc } from '../support/uscc';

const ENTITIES = `query ($usccs: [USCC!]!) { marketEntities(usccs: $usccs) { uscc businessStatus businessStatusReason commitmentPublished } }`;
const REGISTER = `mutation ($input: RegisterInstitutionInput!) { registerInstitution(input: $input) { uscc } }`;
const STATUS = `mutation ($uscc: USCC!, $status: BusinessStatus!, $reason: String) { updateBusinessStatus(uscc: $uscc, status: $status, reason: $reason) { uscc } }`;

const code = (i: number) => uscc(`91430102MA4P${String(i).padStart(5, '0')}`);

describe.each(testDrivers())('institutions marketEntities(usccs) through the gateway on %s', (driver) => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await startTestSystem(driver);
    for (const i of [1, 2]) {
      const registered = await system.query(REGISTER, { input: { uscc: code(i), name: `长沙某信用服务有限公司${i}`, legalRepresentative: '张三', region: '430102' } });
      expect(registered.errors).toBeUndefined();
    }
    const changed = await system.query(STATUS, { uscc: code(2), status: 'BANKRUPTCY', reason: '（2021）湘0102破1号裁定受理破产申请' });
    expect(changed.errors).toBeUndefined();
  }, 120_000);

  afterAll(() => system?.close());

  it('answers one entity per USCC in the order given, duplicates kept, unregistered ones with null facts', async () => {
    const usccs = [code(2), code(9), code(1), code(2)];
    const answer = await system.query(ENTITIES, { usccs }, { as: demoUsers.service });
    expect(answer).toEqual({ data: { marketEntities: [
      { uscc: code(2), businessStatus: 'BANKRUPTCY', businessStatusReason: '（2021）湘0102破1号裁定受理破产申请', commitmentPublished: false },
      { uscc: code(9), businessStatus: null, businessStatusReason: null, commitmentPublished: false },
      { uscc: code(1), businessStatus: 'OPERATING', businessStatusReason: null, commitmentPublished: false },
      { uscc: code(2), businessStatus: 'BANKRUPTCY', businessStatusReason: '（2021）湘0102破1号裁定受理破产申请', commitmentPublished: false },
    ] } });
  });

  it('reads the registry in one statement however many USCCs are asked for', async () => {
    const count = async (n: number) => {
      const usccs = Array.from({ length: n }, (_, i) => code(i + 1));
      system.statements.institutions.reset();
      const answer = await system.query(`query ($usccs: [USCC!]!) { marketEntities(usccs: $usccs) { uscc businessStatus businessStatusReason } }`, { usccs }, { as: demoUsers.service });
      expect(answer.errors).toBeUndefined();
      return system.statements.institutions.statements.filter((sql) => /institution/i.test(sql) && /^\s*SELECT/i.test(sql)).length;
    };
    expect(await count(3)).toBe(1);
    expect(await count(MAX_MARKET_ENTITIES)).toBe(1);
  }, 60_000);

  it('refuses more than 5,000 USCCs as BAD_USER_INPUT on usccs', async () => {
    const usccs = Array.from({ length: MAX_MARKET_ENTITIES + 1 }, (_, i) => code(i + 1));
    const answer = await system.query(ENTITIES, { usccs }, { as: demoUsers.service });
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'usccs' });
  }, 60_000);

  it('lets SERVICE, the national regulator and lead units call it, no one else', async () => {
    for (const as of [demoUsers.service, demoUsers.national, demoUsers.beijing]) {
      expect((await system.query(ENTITIES, { usccs: [code(1)] }, { as })).errors).toBeUndefined();
    }
    for (const as of [demoUsers.changshaCredit, demoUsers.court, demoUsers.nanshanMarket, null]) {
      const answer = await system.query(ENTITIES, { usccs: [code(1)] }, { as });
      expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
