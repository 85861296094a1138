import { allScenarios, growthScenarios } from '../../bench/scenarios/allScenarios';
import { UNIQUE_KEY, type OperationBody, type Scenario } from '../../bench/scenarios/scenario';

type DataSet = Parameters<Scenario['bodies']>[0]['data'];

const dataSet: DataSet = {
  seed: 1,
  scale: 1,
  rows: { institutions: {}, records: {}, complaints: {}, repair: {} },
  directoryTerms: ['信用', '征信', '评估', '管理', '数据', '咨询'],
  crossAgencyUsccs: ['91430102MA4L0A001X'],
  ledgerRegions: { 100: '450000', 1000: '360000', 5000: '440000' },
  ledgerCounts: { 100: 100, 1000: 1000, 5000: 5000 },
  leadUnitRegion: '440000',
  submissionTargets: [{ region: '430102', uscc: '91430102MA4L0A001X', name: '湖南诚信征信服务有限公司' }],
};

const byName = (name: string) => {
  const scenario = [...allScenarios, ...growthScenarios].find((candidate) => candidate.name === name);
  if (!scenario) throw new Error(`no scenario ${name}`);
  return scenario;
};

const noLookups = async () => {
  throw new Error('this scenario should not look anything up');
};

describe('the benchmark scenarios', () => {
  it('build their requests from the data set', async () => {
    const directory = await byName('directory').bodies({ data: dataSet, ask: noLookups });
    expect(directory.map(({ variables }) => variables)).toEqual(['信用', '征信', '评估', '管理', '数据'].map((query) => ({ query, first: 20 })));
    const entity = await byName('cross-agency').bodies({ data: dataSet, ask: noLookups });
    expect(entity).toEqual([{ query: expect.stringContaining('marketEntity(uscc: $uscc)'), variables: { uscc: '91430102MA4L0A001X' } }]);
    const list = await byName('lead-unit-list').bodies({ data: dataSet, ask: noLookups });
    expect(list[0].variables).toEqual({ region: '440000', first: 50 });
  });

  it('ask as the caller each scenario names: the public, the national regulator, the lead unit of the region', () => {
    expect(byName('directory').caller(dataSet)).toBeNull();
    expect(byName('submission').caller(dataSet)).toBeNull();
    expect(byName('cross-agency').caller(dataSet)).toMatchObject({ role: 'NATIONAL_REGULATOR' });
    expect(byName('ledger-1000').caller(dataSet)).toMatchObject({ role: 'LEAD_UNIT', region: '360000' });
    expect(byName('growth-5000').caller(dataSet)).toMatchObject({ role: 'LEAD_UNIT', region: '440000' });
    expect(byName('lead-unit-list').caller(dataSet)).toMatchObject({ role: 'LEAD_UNIT', region: '440000' });
  });

  it('give every submission a placeholder the load generator replaces with a fresh idempotency key', async () => {
    const [submission] = await byName('submission').bodies({ data: dataSet, ask: noLookups });
    expect(byName('submission').write).toBe(true);
    expect(JSON.stringify(submission).split(UNIQUE_KEY)).toHaveLength(2);
    expect(submission.variables).toMatchObject({ input: { region: '430102', subjectUscc: '91430102MA4L0A001X', category: 'FALSE_DISCLOSURE' } });
  });

  it('walk the ledger once beforehand for the cursors of its pages, in order', async () => {
    const asked: OperationBody[] = [];
    const cursors = ['c200', 'c400', null];
    const ask = async (body: OperationBody) => {
      asked.push(body);
      const endCursor = cursors[asked.length - 1];
      return { governanceLedger: { pageInfo: { endCursor, hasNextPage: endCursor !== null } } };
    };
    const pages = await byName('ledger-1000').bodies({ data: dataSet, ask });
    expect(pages.map(({ variables }) => variables)).toEqual([
      { region: '360000', first: 200, after: null },
      { region: '360000', first: 200, after: 'c200' },
      { region: '360000', first: 200, after: 'c400' },
    ]);
    expect(asked).toEqual(pages);
  });
});
