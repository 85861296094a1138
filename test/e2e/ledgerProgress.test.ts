import { demoUsers } from '../../subgraphs/kit/demo/demoUsers';
import { startTestSystem, type QueryOptions, type TestSystem } from '../support/startTestSystem';
import { testDrivers } from '../support/testStorage';
import { uscc } from '../support/uscc';

const FIGURES = `region asOf entries excluded denominator inLedger exitedByCriteria exitedByOverride exitRate exitRateWithOverrides
  targets { target { deadline exitRate } met deadlinePassed shortBy }`;
const PROGRESS = `query ($region: RegionCode!) { ledgerProgress(region: $region) {
  ${FIGURES} campaign { documentNumber targets { deadline exitRate wording } }
  holdingBack { id status exitKind subject { uscc } }
  subregions { ${FIGURES} holdingBack { subject { uscc } } subregions { region entries } }
} }`;
const NATIONAL = `{ nationalLedgerProgress { ${FIGURES} subregions { ${FIGURES} } } }`;
const RECORD = `mutation ($input: RecordDishonestyInput!) { recordDishonesty(input: $input) { id subject { ledgerEntries { id } } } }`;
const REVOKE = `mutation ($id: ID!) { revokeRecord(id: $id, reason: "复议撤销", documentNumber: "南府复决〔2021〕1号", decidedAt: "2021-07-01") { id status } }`;
const EXIT = `mutation ($id: ID!, $override: Boolean, $reason: String) { decideLedgerExit(entryId: $id, override: $override, reason: $reason) { id status exitKind } }`;
const REGISTER = `mutation ($input: RegisterInstitutionInput!) { registerInstitution(input: $input) { uscc } }`;
const STATUS = `mutation ($uscc: USCC!, $status: BusinessStatus!, $reason: String) { updateBusinessStatus(uscc: $uscc, status: $status, reason: $reason) { uscc } }`;

type Errors = { errors?: { message: string; extensions?: Record<string, unknown> }[] };
interface Figures {
  region: string | null; entries: number; excluded: number; denominator: number; inLedger: number; exitedByCriteria: number; exitedByOverride: number;
  exitRate: number | null; exitRateWithOverrides: number | null; targets: { target: { deadline: string }; met: boolean; deadlinePassed: boolean; shortBy: number }[];
}
interface Progress extends Figures {
  holdingBack: { id: string; status: string; exitKind: string | null; subject: { uscc: string } }[];
  subregions: (Figures & { holdingBack: { subject: { uscc: string } }[]; subregions: { region: string; entries: number }[] })[];
}

const NANNING: QueryOptions = { as: { role: 'LEAD_UNIT', subject: 'nanning-lead-1', region: '450100' } };
const GUANGXI: QueryOptions = { as: { role: 'LEAD_UNIT', subject: 'guangxi-lead-1', region: '450000' } };
const code = (i: number) => uscc(`91450102MA5Q${String(i).padStart(5, '0')}`);
/** Entities 1–3 in Nanning (1, 2 in a county, 3 recorded by the city itself), 4 in Liuzhou (450203); 1 and 3 registered institutions. */
const REGIONS: Record<number, string> = { 1: '450102', 2: '450102', 3: '450100', 4: '450203' };

describe.each(testDrivers())('ledger progress through the gateway on %s', (driver) => {
  let system: TestSystem;
  const recordIds: Record<number, string> = {};
  const entryIds: Record<number, string> = {};
  const progress = async (region: string, as: QueryOptions = {}) => {
    const answer = await system.query<{ ledgerProgress: Progress }>(PROGRESS, { region }, as);
    expect(answer.errors).toBeUndefined();
    return answer.data!.ledgerProgress;
  };

  beforeAll(async () => {
    // Past the first target's deadline (2021-06-30), before the second's (2021-12-31).
    system = await startTestSystem(driver, { now: () => new Date('2021-07-05T10:00:00+08:00') });
    for (const i of [1, 2, 3, 4]) {
      if (i === 1 || i === 3) {
        const registered = await system.query<Errors>(REGISTER, { input: { uscc: code(i), name: `广西某信用服务有限公司${i}`, legalRepresentative: '王五', region: REGIONS[i] } });
        expect(registered.errors).toBeUndefined();
      }
      const recorded = await system.query<{ recordDishonesty: { id: string; subject: { ledgerEntries: { id: string }[] } } }>(RECORD, { input: {
        subjectUscc: code(i), subjectName: `广西某信用服务有限公司${i}`, region: REGIONS[i], kind: 'ADMINISTRATIVE_PENALTY', authority: '南宁市市场监督管理局',
        documentNumber: `南市监罚〔2021〕${i}号`, decidedAt: '2021-03-01', summary: '虚假宣传，罚款。',
      } });
      expect(recorded.errors).toBeUndefined();
      recordIds[i] = recorded.data!.recordDishonesty.id;
      entryIds[i] = recorded.data!.recordDishonesty.subject.ledgerEntries[0].id;
    }
  }, 120_000);
  afterAll(() => system?.close());

  it('counts a region against the configured campaign, with the entries that hold it back and one level of subregions', async () => {
    const guangxi = await progress('450000', GUANGXI);
    expect(guangxi).toMatchObject({
      region: '450000', asOf: '2021-07-05', entries: 4, excluded: 0, denominator: 4, inLedger: 4, exitedByCriteria: 0, exitedByOverride: 0, exitRate: 0, exitRateWithOverrides: 0,
      campaign: { documentNumber: '发改办财金〔2021〕156号', targets: [
        { deadline: '2021-06-30', exitRate: 0.9, wording: expect.stringContaining('90%') },
        { deadline: '2021-12-31', exitRate: 1, wording: expect.stringContaining('100%') },
      ] },
      targets: [
        { target: { deadline: '2021-06-30', exitRate: 0.9 }, met: false, deadlinePassed: true, shortBy: 4 },
        { target: { deadline: '2021-12-31', exitRate: 1 }, met: false, deadlinePassed: false, shortBy: 4 },
      ],
    });
    expect(guangxi.holdingBack.map((entry) => entry.subject.uscc)).toEqual([code(1), code(2), code(3), code(4)]);
    expect(guangxi.subregions.map(({ region, entries, holdingBack }) => ({ region, entries, holding: holdingBack.map((entry) => entry.subject.uscc) }))).toEqual([
      { region: '450100', entries: 3, holding: [code(1), code(2), code(3)] },
      { region: '450200', entries: 1, holding: [code(4)] },
    ]);
    // A province sees its counties one level further down.
    expect(guangxi.subregions.map((city) => city.subregions)).toEqual([
      [{ region: '450100', entries: 1 }, { region: '450102', entries: 2 }],
      [{ region: '450203', entries: 1 }],
    ]);
    const nanning = await progress('450100', NANNING);
    expect(nanning.subregions.map(({ region, entries }) => ({ region, entries }))).toEqual([{ region: '450100', entries: 1 }, { region: '450102', entries: 2 }]);
  });

  it('leaves out an entity whose business status changes in institutions, with nothing to refresh', async () => {
    expect((await system.query<Errors>(STATUS, { uscc: code(1), status: 'ABNORMAL_LOST_CONTACT', reason: '通过登记的住所无法联系，列入经营异常名录' })).errors).toBeUndefined();
    const after = await progress('450000');
    expect(after).toMatchObject({ entries: 4, excluded: 1, denominator: 3, inLedger: 3 });
    expect(after.holdingBack.map((entry) => entry.subject.uscc)).toEqual([code(2), code(3), code(4)]);
    expect(after.targets.map((target) => target.shortBy)).toEqual([3, 3]);
    expect((await system.query<Errors>(STATUS, { uscc: code(1), status: 'OPERATING' })).errors).toBeUndefined();
    expect(await progress('450000')).toMatchObject({ excluded: 0, denominator: 4, inLedger: 4 });
  });

  it('counts exits by criteria in the rate and exits by override apart, and meets a target once the rate reaches it', async () => {
    // Entities 2 and 4 are no institutions: revoking their only record meets every criterion.
    for (const i of [2, 4]) expect((await system.query<Errors>(REVOKE, { id: recordIds[i] })).errors).toBeUndefined();
    for (const i of [2, 4]) expect((await system.query<{ decideLedgerExit: unknown }>(EXIT, { id: entryIds[i] })).data?.decideLedgerExit).toMatchObject({ status: 'EXITED', exitKind: 'CRITERIA_MET' });
    const refused = await system.query<Errors>(EXIT, { id: entryIds[3] });
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await system.query<{ decideLedgerExit: unknown }>(EXIT, { id: entryIds[3], override: true, reason: '经核实已停业整顿，责任单位同意退出' })).data?.decideLedgerExit).toMatchObject({ exitKind: 'OVERRIDE' });

    const guangxi = await progress('450000');
    expect(guangxi).toMatchObject({ entries: 4, excluded: 0, denominator: 4, inLedger: 1, exitedByCriteria: 2, exitedByOverride: 1, exitRate: 0.5, exitRateWithOverrides: 0.75 });
    expect(guangxi.targets.map(({ met, shortBy }) => ({ met, shortBy }))).toEqual([{ met: false, shortBy: 2 }, { met: false, shortBy: 2 }]);
    // The override exit stays in the denominator, so it is listed as holding the region back.
    expect(guangxi.holdingBack.map((entry) => [entry.subject.uscc, entry.status, entry.exitKind])).toEqual([[code(1), 'IN_LEDGER', null], [code(3), 'EXITED', 'OVERRIDE']]);
    const liuzhou = guangxi.subregions.find((part) => part.region === '450200');
    expect(liuzhou).toMatchObject({ denominator: 1, exitedByCriteria: 1, exitRate: 1, targets: [{ met: true, shortBy: 0 }, { met: true, shortBy: 0 }], holdingBack: [] });

    // An excluded entity leaves the denominator: 2 of 3 by criteria.
    expect((await system.query<Errors>(STATUS, { uscc: code(1), status: 'BANKRUPTCY', reason: '（2021）桂01破1号' })).errors).toBeUndefined();
    expect(await progress('450000')).toMatchObject({ excluded: 1, denominator: 3, inLedger: 0, exitRate: 2 / 3, targets: [{ met: false, shortBy: 1 }, { met: false, shortBy: 1 }] });
  });

  it('gives the national regulator every province, and refuses others', async () => {
    const national = await system.query<{ nationalLedgerProgress: Progress }>(NATIONAL);
    expect(national.errors).toBeUndefined();
    expect(national.data!.nationalLedgerProgress).toMatchObject({ region: null, entries: 4, denominator: 3 });
    expect(national.data!.nationalLedgerProgress.subregions).toEqual([expect.objectContaining({ region: '450000', entries: 4, denominator: 3, exitedByCriteria: 2, exitedByOverride: 1 })]);

    for (const as of [GUANGXI.as, demoUsers.service, demoUsers.court]) {
      expect((await system.query<Errors>(NATIONAL, {}, { as })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await system.query<Errors>(PROGRESS, { region: '450000' }, NANNING)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await system.query<Errors>(PROGRESS, { region: '450000' }, { as: demoUsers.changshaCredit })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
